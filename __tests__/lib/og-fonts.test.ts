/** @jest-environment node */
import { loadOgFonts } from '@/lib/og-fonts';
import { REPLACEMENT_CHARACTER, replaceMissingGlyphs } from '@/lib/og-text';

// Jest cannot load next/og's ES module renderer, so these tests check the fonts' coverage; the
// end-to-end tests render the images. next/og requests a font from the network for any
// character without a glyph, so full coverage of the text means no request.
describe('OpenGraph fonts', () => {
  it('draw Latin, Greek, Cyrillic, CJK and Hangul text', async () => {
    const { hasGlyph } = await loadOgFonts();
    const text =
      'Ångström 東京 Москва Ελληνικά 한국어 简体中文 ひらがな カタカナ Ærøskøbing “quotes” — …';
    for (const weight of [400, 700] as const) {
      expect(replaceMissingGlyphs(text, (codePoint) => hasGlyph(codePoint, weight))).toBe(text);
    }
  });

  it('check bold text against the bold face', async () => {
    const { hasGlyph } = await loadOgFonts();
    const doubleStruckR = 'ℝ'.codePointAt(0) ?? 0;
    expect(hasGlyph(doubleStruckR, 400)).toBe(true);
    expect(hasGlyph(doubleStruckR, 700)).toBe(false);
  });

  it('lack emoji and Arabic, which are replaced', async () => {
    const { hasGlyph } = await loadOgFonts();
    expect(replaceMissingGlyphs('Emoji 😀 مرحبا', (codePoint) => hasGlyph(codePoint, 400))).toBe(
      `Emoji ${REPLACEMENT_CHARACTER} ${REPLACEMENT_CHARACTER}`,
    );
  });

  it('include the replacement character itself', async () => {
    const { hasGlyph } = await loadOgFonts();
    expect(hasGlyph(REPLACEMENT_CHARACTER.codePointAt(0) ?? 0, 400)).toBe(true);
    expect(hasGlyph(REPLACEMENT_CHARACTER.codePointAt(0) ?? 0, 700)).toBe(true);
  });

  it('are read once per process', async () => {
    const [first, second] = await Promise.all([loadOgFonts(), loadOgFonts()]);
    expect(second.fonts).toBe(first.fonts);
    expect(first.fonts.map((font) => `${font.name} ${font.weight}`)).toEqual([
      'DejaVu Serif 400',
      'DejaVu Serif 700',
      'Noto Sans SC 400',
      'Noto Sans KR 400',
    ]);
  });
});
