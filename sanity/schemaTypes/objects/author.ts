import { defineField, defineType } from 'sanity';

/** One entry in a publication's author list. */
export const author = defineType({
  name: 'author',
  title: 'Author',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'Author name as printed in the author line, e.g. "Ada Lovelace".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'isOwner',
      title: 'Site owner',
      type: 'boolean',
      description: 'Highlight this author as the site owner in the author line.',
      initialValue: false,
    }),
  ],
  preview: {
    select: { name: 'name', isOwner: 'isOwner' },
    prepare({ name, isOwner }) {
      return {
        title: typeof name === 'string' && name ? name : 'Unnamed author',
        subtitle: isOwner === true ? 'Site owner' : undefined,
      };
    },
  },
});
