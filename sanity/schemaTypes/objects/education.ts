import { defineField, defineType } from 'sanity';

import { endYearNotBefore } from '../rules';

/** A degree in the profile's education list. */
export const education = defineType({
  name: 'education',
  title: 'Education',
  type: 'object',
  fields: [
    defineField({
      name: 'degree',
      title: 'Degree',
      type: 'string',
      description: 'Name of the degree, e.g. "Ph.D.".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'field',
      title: 'Field',
      type: 'string',
      description: 'Subject of the degree, e.g. "Computer Science".',
    }),
    defineField({
      name: 'institution',
      title: 'Institution',
      type: 'string',
      description: 'University or school that awarded the degree.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'startYear',
      title: 'Start year',
      type: 'number',
      description: 'Year the studies began.',
      validation: (rule) => rule.integer().min(1950).max(2100),
    }),
    defineField({
      name: 'endYear',
      title: 'End year',
      type: 'number',
      description: 'Year the degree was completed. Leave empty while studies are ongoing.',
      validation: (rule) =>
        rule.integer().min(1950).max(2100).custom(endYearNotBefore('startYear')),
    }),
  ],
  preview: {
    select: {
      degree: 'degree',
      field: 'field',
      institution: 'institution',
      startYear: 'startYear',
      endYear: 'endYear',
    },
    prepare({ degree, field, institution, startYear, endYear }) {
      const years = [startYear, endYear].filter((year) => typeof year === 'number').join('–');
      return {
        title: [degree, field].filter(Boolean).join(', ') || 'Untitled degree',
        subtitle: [institution, years].filter(Boolean).join(' · '),
      };
    },
  },
});
