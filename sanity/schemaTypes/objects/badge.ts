import { defineField, defineType } from 'sanity';

import { BADGE_KINDS, optionTitle } from '../constants';

/** A distinction of a publication, such as an award or an oral presentation. */
export const badge = defineType({
  name: 'badge',
  title: 'Badge',
  type: 'object',
  fields: [
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      description: 'Category of the distinction.',
      options: { list: [...BADGE_KINDS] },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      description: 'Text shown on the badge, e.g. "Distinguished Artifact Award".',
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { kind: 'kind', label: 'label' },
    prepare({ kind, label }) {
      return {
        title: label || 'Unlabeled badge',
        subtitle: optionTitle(BADGE_KINDS, kind),
      };
    },
  },
});
