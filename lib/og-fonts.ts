import 'server-only';

import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { create as openFont } from 'fontkit';

import { ValueCache } from './value-cache';

/** Raised when a bundled OpenGraph font cannot be used. */
export class OgFontError extends Error {
  override name = 'OgFontError';
}

const FONT_DIRECTORY = path.join(process.cwd(), 'assets', 'fonts');

/**
 * DejaVu Serif draws Latin, Greek and Cyrillic, and the Noto Sans subsets add CJK ideographs,
 * kana and Hangul (assets/fonts/README.md). Satori tries the fonts in this order for each
 * character.
 */
const FONT_FILES = [
  { file: 'DejaVuSerif.ttf', name: 'DejaVu Serif', weight: 400 },
  { file: 'DejaVuSerif-Bold.ttf', name: 'DejaVu Serif', weight: 700 },
  { file: 'NotoSansSC-CJK.woff', name: 'Noto Sans SC', weight: 400 },
  { file: 'NotoSansKR-Hangul.woff', name: 'Noto Sans KR', weight: 400 },
] as const;

export type OgFontWeight = 400 | 700;

type OgFont = {
  name: string;
  data: ArrayBuffer;
  weight: OgFontWeight;
  style: 'normal';
};

export type LoadedFonts = {
  fonts: OgFont[];
  /** Whether text set in `weight` can draw the character with the bundled fonts. */
  hasGlyph: (codePoint: number, weight: OgFontWeight) => boolean;
};

/**
 * Returns the fonts that draw text in `weight`: in each family, the file of that weight, or the
 * family's only weight when it has no other. Satori does not fall back to another weight of the
 * same family, so a symbol that only DejaVu Serif's regular face has cannot appear in bold text.
 */
function fontsForWeight<Font extends { name: string; weight: OgFontWeight }>(
  fonts: readonly Font[],
  weight: OgFontWeight,
): Font[] {
  return fonts.filter(
    (font) =>
      font.weight === weight ||
      !fonts.some((other) => other.name === font.name && other.weight === weight),
  );
}

const loadedFonts = new ValueCache<LoadedFonts>(1);

/**
 * Reads the fonts and the set of characters they draw, once per server process. Satori (0.29, in
 * Next.js 16.5) caches parsed fonts per `fonts` array, so every image passes this same array.
 */
export function loadOgFonts(): Promise<LoadedFonts> {
  return loadedFonts.get('fonts', async () => {
    const files = await Promise.all(
      FONT_FILES.map(async (font) => ({
        ...font,
        buffer: await readFile(path.join(FONT_DIRECTORY, font.file)),
      })),
    );
    const characterSets = new Map(
      files.map(({ file, buffer }) => {
        const parsed = openFont(buffer);
        if (!('characterSet' in parsed)) {
          throw new OgFontError(`Invalid font ${file}: expected one font, found a collection.`);
        }
        return [file, new Set(parsed.characterSet)] as const;
      }),
    );
    const codePointsByWeight = new Map(
      ([400, 700] as const).map((weight) => {
        const codePoints = new Set<number>();
        for (const { file } of fontsForWeight(files, weight)) {
          for (const codePoint of characterSets.get(file) ?? []) codePoints.add(codePoint);
        }
        return [weight, codePoints] as const;
      }),
    );
    return {
      fonts: files.map(({ name, weight, buffer }) => ({
        name,
        weight,
        style: 'normal' as const,
        data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength),
      })),
      hasGlyph: (codePoint: number, weight: OgFontWeight) =>
        codePointsByWeight.get(weight)?.has(codePoint) ?? false,
    };
  });
}
