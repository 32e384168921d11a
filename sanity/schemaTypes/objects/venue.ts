import { defineField, defineType } from 'sanity';

/**
 * Conference, journal or event where a publication appeared. It needs a full name, a short name,
 * or both.
 */
export const venue = defineType({
  name: 'venue',
  title: 'Venue',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Full name',
      type: 'string',
      description:
        'Full name of the conference or journal, e.g. "International Symposium on Computer Architecture".',
    }),
    defineField({
      name: 'shortName',
      title: 'Short name',
      type: 'string',
      description: 'Abbreviated name of the venue, e.g. "ISCA".',
    }),
  ],
  validation: (rule) =>
    rule.custom((venue) => {
      if (venue === undefined) {
        return true;
      }
      const hasName = typeof venue.name === 'string' && venue.name.trim() !== '';
      const hasShortName = typeof venue.shortName === 'string' && venue.shortName.trim() !== '';
      return hasName || hasShortName ? true : 'Enter the full name, the short name, or both.';
    }),
  preview: {
    select: { name: 'name', shortName: 'shortName' },
    prepare({ name, shortName }) {
      return {
        title: shortName || name || 'Unnamed venue',
        subtitle: shortName ? name : undefined,
      };
    },
  },
});
