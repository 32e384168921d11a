import { defineField, defineType } from 'sanity';

import { parseVideoUrl } from '../video-hosts';

/** A YouTube or Vimeo video inside rich text. */
export const videoEmbed = defineType({
  name: 'videoEmbed',
  title: 'Video',
  type: 'object',
  fields: [
    defineField({
      name: 'url',
      title: 'Video URL',
      type: 'url',
      description:
        'Address of the video on YouTube or Vimeo. The site shows a play button and loads the player from the host only when a visitor presses it.',
      validation: (rule) =>
        rule.required().custom((url: string | undefined) => {
          if (url === undefined || parseVideoUrl(url)) {
            return true;
          }
          return 'Enter a YouTube or Vimeo video address, e.g. https://www.youtube.com/watch?v=… or https://vimeo.com/123456.';
        }),
    }),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description:
        'What the video shows, e.g. "ISCA 2023 talk". It labels the player for screen readers and is the link text.',
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { title: 'title', url: 'url' },
    prepare({ title, url }) {
      return { title: title || 'Untitled video', subtitle: url || 'No URL yet' };
    },
  },
});
