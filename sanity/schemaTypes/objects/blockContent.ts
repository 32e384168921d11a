import { defineArrayMember, defineField, defineType } from 'sanity';

/**
 * Rich text used for bios and post bodies: paragraphs, headings, lists, links, images, code
 * blocks and videos.
 */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Rich text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Heading 2', value: 'h2' },
        { title: 'Heading 3', value: 'h3' },
        { title: 'Quote', value: 'blockquote' },
      ],
      lists: [
        { title: 'Bullet list', value: 'bullet' },
        { title: 'Numbered list', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Bold', value: 'strong' },
          { title: 'Italic', value: 'em' },
          { title: 'Code', value: 'code' },
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'Link',
            type: 'object',
            fields: [
              defineField({
                name: 'href',
                title: 'URL',
                type: 'url',
                description:
                  'Address the linked text points to: a web page (http or https) or an e-mail address (mailto:).',
                validation: (rule) => rule.required().uri({ scheme: ['http', 'https', 'mailto'] }),
              }),
            ],
          }),
        ],
      },
    }),
    defineArrayMember({
      type: 'image',
      title: 'Image',
      options: { hotspot: true },
      fields: [
        defineField({
          name: 'alt',
          title: 'Alternative text',
          type: 'string',
          description:
            'Describes the image for screen readers and for visitors whose browser cannot load it.',
          validation: (rule) =>
            rule.custom((alt, context) => {
              const image = context.parent as { asset?: unknown } | undefined;
              if (!image?.asset || alt?.trim()) {
                return true;
              }
              return 'Alternative text is required for an uploaded image.';
            }),
        }),
      ],
    }),
    defineArrayMember({ type: 'code' }),
    defineArrayMember({ type: 'videoEmbed' }),
  ],
});
