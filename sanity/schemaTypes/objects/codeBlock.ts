import { defineField, defineType } from 'sanity';

import { CODE_LANGUAGES, optionTitle } from '../constants';

/** A block of source code inside rich text, shown in a monospaced box with its language. */
export const codeBlock = defineType({
  name: 'code',
  title: 'Code',
  type: 'object',
  fields: [
    defineField({
      name: 'language',
      title: 'Language',
      type: 'string',
      description: 'Programming language of the code, shown above the block.',
      options: { list: [...CODE_LANGUAGES] },
    }),
    defineField({
      name: 'code',
      title: 'Code',
      type: 'text',
      rows: 10,
      description: 'The code, shown as typed: spaces and line breaks are kept.',
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { language: 'language', code: 'code' },
    prepare({ language, code }) {
      const firstLine = typeof code === 'string' ? code.split('\n')[0] : '';
      return {
        title: firstLine || 'Empty code block',
        subtitle: optionTitle(CODE_LANGUAGES, language) ?? 'Code',
      };
    },
  },
});
