import { defineField, defineType } from 'sanity';

/** An article or broadcast in the press that covers the owner's work. */
export const mediaMention = defineType({
  name: 'mediaMention',
  title: 'Media mention',
  type: 'document',
  fields: [
    defineField({
      name: 'headline',
      title: 'Headline',
      type: 'string',
      description: 'Headline of the article or segment, as the outlet published it.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'outlet',
      title: 'Outlet',
      type: 'string',
      description: 'Publication or broadcaster, e.g. "WIRED".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'year',
      title: 'Year',
      type: 'number',
      description: 'Year the piece appeared.',
      initialValue: () => new Date().getFullYear(),
      validation: (rule) => rule.integer().min(1950).max(2100),
    }),
    defineField({
      name: 'url',
      title: 'URL',
      type: 'url',
      description: 'Address of the piece on the outlet’s site (http or https).',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }),
    }),
  ],
  orderings: [
    {
      title: 'Year, newest first',
      name: 'yearDesc',
      by: [
        { field: 'year', direction: 'desc' },
        { field: 'outlet', direction: 'asc' },
      ],
    },
  ],
  preview: {
    select: { headline: 'headline', outlet: 'outlet', year: 'year' },
    // Subtitle example: "WIRED · 2021".
    prepare({ headline, outlet, year }) {
      return {
        title: headline || 'Untitled media mention',
        subtitle: [outlet, year].filter(Boolean).join(' · '),
      };
    },
  },
});
