import { defineField, defineType } from 'sanity';

import { optionTitle, PROFILE_LINK_KINDS } from '../constants';

/** A link from the profile to one of the owner's accounts or pages, such as Google Scholar. */
export const profileLink = defineType({
  name: 'profileLink',
  title: 'Profile link',
  type: 'object',
  fields: [
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      description: 'Service the link points to. Its title is the link text unless a label is set.',
      options: { list: [...PROFILE_LINK_KINDS] },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      description: 'Link text to show in place of the kind title, e.g. "Lab website".',
    }),
    defineField({
      name: 'url',
      title: 'URL',
      type: 'url',
      description:
        'Address of the page (http or https). The site hides links without a URL, so a link kind can be recorded before its URL is known.',
      validation: (rule) => [
        rule.uri({ scheme: ['http', 'https'] }),
        rule.required().warning('The site hides this link until it has a URL.'),
      ],
    }),
  ],
  preview: {
    select: { kind: 'kind', label: 'label', url: 'url' },
    prepare({ kind, label, url }) {
      const kindTitle = optionTitle(PROFILE_LINK_KINDS, kind) ?? 'Link';
      return {
        title: label ? `${kindTitle}: ${label}` : kindTitle,
        subtitle: url || 'No URL yet (hidden on the site)',
      };
    },
  },
});
