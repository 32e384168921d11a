import { defineField, defineType } from 'sanity';

/** One entry in a publication's author list: who, and the marks printed beside the name. */
export const authorship = defineType({
  name: 'authorship',
  title: 'Authorship',
  type: 'object',
  fields: [
    defineField({
      name: 'person',
      title: 'Person',
      type: 'reference',
      description: 'The author. Create a person once and reference it from every paper.',
      to: [{ type: 'person' }],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'equalContribution',
      title: 'Equal contribution',
      type: 'boolean',
      description: 'The paper marks this author as contributing equally (shown with †).',
      initialValue: false,
    }),
    defineField({
      name: 'corresponding',
      title: 'Corresponding author',
      type: 'boolean',
      description: 'The paper names this author as a corresponding author (shown with ✉).',
      initialValue: false,
    }),
  ],
  preview: {
    select: {
      name: 'person.name',
      equalContribution: 'equalContribution',
      corresponding: 'corresponding',
    },
    prepare({ name, equalContribution, corresponding }) {
      const marks = [
        equalContribution === true ? 'Equal contribution' : null,
        corresponding === true ? 'Corresponding' : null,
      ].filter(Boolean);
      return {
        title: typeof name === 'string' && name ? name : 'No person chosen',
        subtitle: marks.join(' · ') || undefined,
      };
    },
  },
});
