import { defineField, defineType } from 'sanity';

import { endYearNotBefore } from '../rules';

/** Academic service, such as a program committee seat or an editorial role. */
export const serviceRole = defineType({
  name: 'serviceRole',
  title: 'Service role',
  type: 'object',
  fields: [
    defineField({
      name: 'role',
      title: 'Role',
      type: 'string',
      description: 'The role, e.g. "Program committee member". Listed in the CV under Service.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'venue',
      title: 'Venue or organization',
      type: 'string',
      description: 'Where the role was held, e.g. "ISCA 2024" or "IEEE Micro".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'startYear',
      title: 'Start year',
      type: 'number',
      description: 'Year the role began.',
      validation: (rule) => rule.integer().min(1950).max(2100),
    }),
    defineField({
      name: 'endYear',
      title: 'End year',
      type: 'number',
      description: 'Year the role ended. Leave empty for one year or a current role.',
      validation: (rule) =>
        rule.integer().min(1950).max(2100).custom(endYearNotBefore('startYear')),
    }),
  ],
  preview: {
    select: { role: 'role', venue: 'venue', startYear: 'startYear' },
    prepare: ({ role, venue, startYear }) => ({
      title: role || 'Untitled role',
      subtitle: [venue, startYear].filter(Boolean).join(' · '),
    }),
  },
});
