import { defineArrayMember, defineField, defineType } from 'sanity';

/** A research area. Publications and posts refer to the areas they belong to. */
export const researchArea = defineType({
  name: 'researchArea',
  title: 'Research area',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'Name of the area, e.g. "Computer architecture".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      description:
        'URL segment of the area, generated from the title. It must be unique among research areas.',
      options: { source: 'title', maxLength: 96 },
      // Uniqueness needs no rule here, because sanity 6.8.0 checks every slug field against the
      // other documents of the same type.
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'topics',
      title: 'Topics',
      type: 'array',
      description: 'Topics within the area, shown under its title. Press Enter after each topic.',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 4,
      description: 'A few sentences on the questions the area covers.',
    }),
    defineField({
      name: 'order',
      title: 'Order',
      type: 'number',
      description:
        'Position of the area on the site. Areas are sorted by this number, lowest first.',
      validation: (rule) => rule.integer().min(0),
    }),
  ],
  orderings: [
    {
      title: 'Site order',
      name: 'orderAsc',
      by: [
        { field: 'order', direction: 'asc' },
        { field: 'title', direction: 'asc' },
      ],
    },
    {
      title: 'Title, A to Z',
      name: 'titleAsc',
      by: [{ field: 'title', direction: 'asc' }],
    },
  ],
  preview: {
    select: { title: 'title', topics: 'topics' },
    prepare({ title, topics }) {
      return {
        title: title || 'Untitled research area',
        subtitle: Array.isArray(topics) ? topics.join(', ') : undefined,
      };
    },
  },
});
