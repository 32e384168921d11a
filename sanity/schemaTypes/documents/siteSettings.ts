import { defineField, defineType } from 'sanity';

/** Site-wide settings. One document, whose _id is "siteSettings". */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Site title',
      type: 'string',
      description:
        'Shown in browser tabs and search results after each page title. Empty: the profile name.',
      validation: (rule) => rule.max(70),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description:
        'Summary for search results and link previews of pages without their own. Empty: the role and affiliation from the profile.',
      validation: (rule) =>
        rule.max(200).warning('Search engines cut descriptions after about 160 characters.'),
    }),
  ],
  preview: {
    prepare: () => ({ title: 'Site settings' }),
  },
});
