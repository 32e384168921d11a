/** Shown in place of characters that no bundled font can draw. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * Replaces each run of characters that `hasGlyph` rejects with one U+FFFD, keeping white space.
 * next/og (Next.js 16.5) downloads a Google font or an emoji image for every character missing
 * from the fonts it is given, and the site must send no such request, so the OpenGraph images
 * pass all text through here first.
 */
export function replaceMissingGlyphs(
  text: string,
  hasGlyph: (codePoint: number) => boolean,
): string {
  let output = '';
  let replacing = false;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (/\s/u.test(character) || hasGlyph(codePoint)) {
      output += /\s/u.test(character) ? ' ' : character;
      replacing = false;
    } else if (!replacing) {
      output += REPLACEMENT_CHARACTER;
      replacing = true;
    }
  }
  return output;
}

/** Shortens text to at most `maxLength` characters, cutting at a word boundary with an ellipsis. */
export function truncateText(text: string, maxLength: number): string {
  const characters = Array.from(text.trim());
  if (characters.length <= maxLength) {
    return characters.join('');
  }
  const cut = characters.slice(0, maxLength - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
