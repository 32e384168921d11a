import { defineArrayMember, defineField, defineType } from 'sanity';

/** A blog post. It is either written here in `body` or published elsewhere at `externalUrl`. */
export const post = defineType({
  name: 'post',
  title: 'Post',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'Title of the post.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      description:
        'URL segment of the post, generated from the title. It must be unique among posts.',
      options: { source: 'title', maxLength: 96 },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'date',
      title: 'Date',
      type: 'date',
      description: 'Publication date of the post.',
      initialValue: () => new Date().toISOString().slice(0, 10),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      description:
        'One or two sentences shown in post lists and used as the description of the post page.',
    }),
    defineField({
      name: 'body',
      title: 'Body',
      type: 'blockContent',
      description: 'Text of the post. Leave empty when the post is published elsewhere.',
    }),
    defineField({
      name: 'researchAreas',
      title: 'Research areas',
      type: 'array',
      description: 'Research areas the post is about.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'researchArea' }] })],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'relatedPublications',
      title: 'Related publications',
      type: 'array',
      description: 'Publications the post discusses.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'publication' }] })],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'externalUrl',
      title: 'External URL',
      type: 'url',
      description:
        'Address of the post when it is published elsewhere (http or https). Post lists then link there.',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }),
    }),
  ],
  orderings: [
    {
      title: 'Date, newest first',
      name: 'dateDesc',
      by: [
        { field: 'date', direction: 'desc' },
        { field: 'title', direction: 'asc' },
      ],
    },
  ],
  preview: {
    select: { title: 'title', date: 'date', externalUrl: 'externalUrl' },
    prepare({ title, date, externalUrl }) {
      return {
        title: title || 'Untitled post',
        subtitle: [date || 'No date', externalUrl ? 'External' : undefined]
          .filter(Boolean)
          .join(' · '),
      };
    },
  },
});
