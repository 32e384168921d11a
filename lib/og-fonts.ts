import 'server-only';

import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { create as openFont } from 'fontkit';

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

type OgFont = {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 700;
  style: 'normal';
};

export type LoadedFonts = { fonts: OgFont[]; hasGlyph: (codePoint: number) => boolean };

let loadedFonts: Promise<LoadedFonts> | null = null;

/**
 * Reads the fonts and the set of characters they draw, once per server process. Satori (0.29, in
 * Next.js 16.5) caches parsed fonts per `fonts` array, so every image passes this same array.
 */
export function loadOgFonts(): Promise<LoadedFonts> {
  loadedFonts ??= (async () => {
    const files = await Promise.all(
      FONT_FILES.map(async (font) => ({
        ...font,
        buffer: await readFile(path.join(FONT_DIRECTORY, font.file)),
      })),
    );
    const codePoints = new Set<number>();
    for (const { file, buffer } of files) {
      const parsed = openFont(buffer);
      if (!('characterSet' in parsed)) {
        throw new OgFontError(`Invalid font ${file}: expected one font, found a collection.`);
      }
      for (const codePoint of parsed.characterSet) {
        codePoints.add(codePoint);
      }
    }
    return {
      fonts: files.map(({ name, weight, buffer }) => ({
        name,
        weight,
        style: 'normal' as const,
        data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength),
      })),
      hasGlyph: (codePoint: number) => codePoints.has(codePoint),
    };
  })();
  loadedFonts.catch(() => {
    loadedFonts = null;
  });
  return loadedFonts;
}
