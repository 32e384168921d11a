import type { CSLName } from '@citation-js/core';
import { parse as parseName } from '@citation-js/name';

// Scripts whose names are not written as "given family" separated by spaces: splitting them
// would invent a name order, so such names stay whole.
const UNSPLIT_SCRIPTS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/**
 * Converts a display name into a CSL name. "Ada Lovelace", "Ludwig van Beethoven" and
 * "Lovelace, Ada" are split into family and given names by the @citation-js/name parser; a single
 * word, a name in a script without spaces between parts (such as "王小明") or one the parser cannot
 * split stays whole as `literal`, so no part is guessed.
 */
export function toCslName(displayName: string): CSLName {
  const name = displayName.trim().replace(/\s+/g, ' ');
  if (!name.includes(' ') || UNSPLIT_SCRIPTS.test(name)) {
    return { literal: name };
  }

  const parsed = parseName(name);
  if (!parsed.family || !parsed.given) {
    return { literal: name };
  }
  return parsed;
}
