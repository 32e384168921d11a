import { defineField, defineType } from 'sanity';

import { endYearNotBefore } from '../rules';

/** An award, fellowship or other honor. A multi-year honor has both a start and an end year. */
export const honor = defineType({
  name: 'honor',
  title: 'Honor',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'Name of the honor, e.g. "Best Paper Award".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'issuer',
      title: 'Issuer',
      type: 'string',
      description: 'Organization that gave the honor, e.g. "ACM SIGARCH".',
    }),
    defineField({
      name: 'yearStart',
      title: 'Year',
      type: 'number',
      description: 'Year the honor was received, or the first year of a multi-year honor.',
      initialValue: () => new Date().getFullYear(),
      validation: (rule) => rule.required().integer().min(1950).max(2100),
    }),
    defineField({
      name: 'yearEnd',
      title: 'End year',
      type: 'number',
      description:
        'Last year of a multi-year honor, such as a fellowship held 2016–2018. Leave empty for a single year.',
      validation: (rule) => rule.integer().max(2100).custom(endYearNotBefore('yearStart')),
    }),
  ],
  orderings: [
    {
      title: 'Year, newest first',
      name: 'yearStartDesc',
      by: [
        { field: 'yearStart', direction: 'desc' },
        { field: 'title', direction: 'asc' },
      ],
    },
  ],
  preview: {
    select: { title: 'title', yearStart: 'yearStart', yearEnd: 'yearEnd' },
    // Subtitle examples: "2023" for a single year, "2016–2018" for a range.
    prepare({ title, yearStart, yearEnd }) {
      const isRange = typeof yearEnd === 'number' && yearEnd !== yearStart;
      return {
        title: title || 'Untitled honor',
        subtitle: isRange ? `${yearStart ?? '?'}–${yearEnd}` : yearStart?.toString(),
      };
    },
  },
});
