import { parseVideoUrl } from '@/sanity/schemaTypes/video-hosts';

const YOUTUBE_EMBED = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';
const YOUTUBE_WATCH = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

describe('parseVideoUrl', () => {
  it.each([
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
    'http://m.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ',
    'https://www.youtube.com/embed/dQw4w9WgXcQ',
    'https://www.youtube.com/shorts/dQw4w9WgXcQ',
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
  ])('reads the YouTube address %s', (url) => {
    expect(parseVideoUrl(url)).toEqual({
      provider: 'youtube',
      providerName: 'YouTube',
      id: 'dQw4w9WgXcQ',
      embedUrl: YOUTUBE_EMBED,
      watchUrl: YOUTUBE_WATCH,
    });
  });

  it.each([
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    ['https://player.vimeo.com/video/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    [
      'https://vimeo.com/76979871/8272103f6e',
      'https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1',
    ],
  ])('reads the Vimeo address %s', (url, embedUrl) => {
    const video = parseVideoUrl(url);
    expect(video?.provider).toBe('vimeo');
    expect(video?.id).toBe('76979871');
    expect(video?.embedUrl).toBe(embedUrl);
  });

  it.each([
    ['another host', 'https://videos.example.com/watch?v=dQw4w9WgXcQ'],
    ['a look-alike host', 'https://youtube.com.example.org/watch?v=dQw4w9WgXcQ'],
    ['a javascript: address', 'javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ'],
    ['a data: address', 'data:text/html,<iframe src=https://youtu.be/dQw4w9WgXcQ>'],
    ['a malformed id', 'https://www.youtube.com/watch?v=short'],
    ['an id with a quote', 'https://youtu.be/dQw4w9WgXc"'],
    ['a YouTube channel', 'https://www.youtube.com/@someone'],
    ['a Vimeo channel page', 'https://vimeo.com/channels/staffpicks'],
    ['text that is no URL', 'not a url'],
  ])('rejects %s', (_case, url) => {
    expect(parseVideoUrl(url)).toBeNull();
  });
});
