import { REPLACEMENT_CHARACTER, replaceMissingGlyphs, truncateText } from '@/lib/og-text';

const latinAndCjk = (codePoint: number) =>
  codePoint < 0x0250 || (codePoint >= 0x4e00 && codePoint <= 0x9fff);

describe('replaceMissingGlyphs', () => {
  it('keeps characters the fonts have', () => {
    expect(replaceMissingGlyphs('Ångström 東京', latinAndCjk)).toBe('Ångström 東京');
  });

  it('replaces each run of missing characters once', () => {
    expect(replaceMissingGlyphs('Hi 😀😀 مرحبا ok', latinAndCjk)).toBe(
      `Hi ${REPLACEMENT_CHARACTER} ${REPLACEMENT_CHARACTER} ok`,
    );
  });

  it('turns line breaks and tabs into spaces', () => {
    expect(replaceMissingGlyphs('a\nb\tc', latinAndCjk)).toBe('a b c');
  });
});

describe('truncateText', () => {
  it('leaves short text alone', () => {
    expect(truncateText('  Short title ', 20)).toBe('Short title');
  });

  it('cuts long text at a word boundary', () => {
    expect(truncateText('one two three four five', 16)).toBe('one two three…');
  });

  it('counts astral characters as one', () => {
    expect(truncateText('𠀀𠀀𠀀𠀀', 3)).toBe('𠀀𠀀…');
  });
});
