import { defineArrayMember, defineField, defineType } from 'sanity';

import { isValidOrcid } from '../../../lib/orcid';

/** An author of publications, referenced from each publication's author list. */
export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'Name as the site prints it in author lines, e.g. "Ada Lovelace".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'aliases',
      title: 'Other spellings',
      type: 'array',
      description:
        'Other ways papers print this name, e.g. "A. Lovelace" or a name before marriage. The BibTeX import and the owner highlight match authors by these spellings too. Press Enter after each one.',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'orcid',
      title: 'ORCID iD',
      type: 'string',
      description: 'The ORCID identifier without the URL prefix, e.g. "0000-0002-1825-0097".',
      validation: (rule) =>
        rule.custom((orcid) =>
          orcid === undefined || isValidOrcid(orcid)
            ? true
            : 'Enter an ORCID iD as four groups of four digits, e.g. 0000-0002-1825-0097, with a valid last check character.',
        ),
    }),
    defineField({
      name: 'homepage',
      title: 'Homepage',
      type: 'url',
      description: 'Personal or institutional web page (http or https).',
      validation: (rule) => rule.uri({ scheme: ['http', 'https'] }),
    }),
  ],
  orderings: [
    { title: 'Name, A to Z', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] },
  ],
  preview: {
    select: { name: 'name', orcid: 'orcid' },
    prepare({ name, orcid }) {
      return { title: name || 'Unnamed person', subtitle: orcid ? `ORCID ${orcid}` : undefined };
    },
  },
});
