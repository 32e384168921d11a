import { defineField, defineType } from 'sanity';

import { LINK_KINDS, optionTitle } from '../constants';

/** A link from a publication to a related resource, such as its PDF, code or slides. */
export const publicationLink = defineType({
  name: 'publicationLink',
  title: 'Publication link',
  type: 'object',
  fields: [
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      description: 'What the link points to. Its title is the link text unless a label is set.',
      options: { list: [...LINK_KINDS] },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      description: 'Link text to show in place of the kind title, e.g. "Extended version".',
    }),
    defineField({
      name: 'url',
      title: 'URL',
      type: 'url',
      description:
        'Address of the linked resource (http or https). The site hides links without a URL, so a link kind can be recorded before its URL is known.',
      validation: (rule) => [
        rule.uri({ scheme: ['http', 'https'] }),
        rule.required().warning('The site hides this link until it has a URL.'),
      ],
    }),
  ],
  preview: {
    select: { kind: 'kind', label: 'label', url: 'url' },
    prepare({ kind, label, url }) {
      const kindTitle = optionTitle(LINK_KINDS, kind) ?? 'Link';
      return {
        title: label ? `${kindTitle}: ${label}` : kindTitle,
        subtitle: url || 'No URL yet (hidden on the site)',
      };
    },
  },
});
