import { defineField, defineType } from 'sanity';

import { endYearNotBefore } from '../rules';

/** A position in the profile's list of appointments, such as a job or a visiting post. */
export const appointment = defineType({
  name: 'appointment',
  title: 'Appointment',
  type: 'object',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'Position held, e.g. "Research Scientist".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'organization',
      title: 'Organization',
      type: 'string',
      description: 'Company, lab or university where the position was held.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'startYear',
      title: 'Start year',
      type: 'number',
      description: 'Year the appointment began.',
      validation: (rule) => rule.integer().min(1950).max(2100),
    }),
    defineField({
      name: 'endYear',
      title: 'End year',
      type: 'number',
      description: 'Year the appointment ended. Leave empty for a current position.',
      validation: (rule) =>
        rule.integer().min(1950).max(2100).custom(endYearNotBefore('startYear')),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      description: 'Optional short note on the role, e.g. the team or the main project.',
    }),
  ],
  preview: {
    select: {
      title: 'title',
      organization: 'organization',
      startYear: 'startYear',
      endYear: 'endYear',
    },
    prepare({ title, organization, startYear, endYear }) {
      let years = '';
      if (typeof startYear === 'number') {
        years = typeof endYear === 'number' ? `${startYear}–${endYear}` : `${startYear}–present`;
      }
      return {
        title: title || 'Untitled appointment',
        subtitle: [organization, years].filter(Boolean).join(' · '),
      };
    },
  },
});
