import type { PortableTextBlock } from '@/lib/content-types';
import {
  bodyReadingMinutes,
  countWords,
  readingMinutes,
  WORDS_PER_MINUTE,
} from '@/lib/reading-time';

function paragraph(key: string, text: string): PortableTextBlock {
  return {
    _type: 'block',
    _key: key,
    children: [{ _type: 'span', _key: `${key}-s`, text, marks: [] }],
  };
}

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['one', 1],
    ['two  words', 2],
    ['a line\nand  another\tline', 5],
    ['ISCA 2023 — accepted', 3],
    ['Évaluation des caches', 3],
  ])('counts %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('readingMinutes', () => {
  it('reads at 200 words per minute', () => {
    expect(WORDS_PER_MINUTE).toBe(200);
  });

  it('rounds up to whole minutes', () => {
    const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');
    expect(readingMinutes(words(1))).toBe(1);
    expect(readingMinutes(words(200))).toBe(1);
    expect(readingMinutes(words(201))).toBe(2);
    expect(readingMinutes(words(1000))).toBe(5);
  });

  it('returns null for a text without words', () => {
    expect(readingMinutes('')).toBeNull();
    expect(readingMinutes(' — ')).toBeNull();
  });
});

describe('bodyReadingMinutes', () => {
  it('counts text blocks and ignores code, images and videos', () => {
    const code = 'x '.repeat(500);
    const blocks: PortableTextBlock[] = [
      paragraph('a', 'word '.repeat(150)),
      { _type: 'code', _key: 'c', code },
      paragraph('b', 'word '.repeat(100)),
      { _type: 'image', _key: 'i', url: 'https://cdn.sanity.io/x.png' },
      { _type: 'videoEmbed', _key: 'v', title: 'A talk with many words in its title' },
    ];
    expect(bodyReadingMinutes(blocks)).toBe(2);
  });

  it('returns null for an empty body', () => {
    expect(bodyReadingMinutes([])).toBeNull();
  });
});
