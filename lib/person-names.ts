// Compares person names across the spellings papers print: "Smith, John", "J. Smith",
// "JOHN SMITH", "Jean-Pierre" and "J.-P.", composed and decomposed accents, "Müller" and
// "Muller". LaTeX markup is not decoded here, because the BibTeX import converts it to Unicode first.

/** A name split for comparison: folded family name and folded given names or initials. */
export type NameParts = {
  /** Family name with its particles ("van beethoven"), folded, hyphens as spaces. */
  family: string;
  /** Given names in order, folded. An initial is a single letter. */
  given: string[];
};

/** Letters that Unicode decomposition leaves whole, spelled as Latin letters for comparison. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Lowercase name particles that belong to the family name ("van", "de la"). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'la',
  'le',
  'dos',
  'das',
  'ter',
  'ten',
  'bin',
  'ibn',
  'al',
  'el',
]);

/** Generational suffixes that are neither given nor family names. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Folds a name for comparison: Unicode NFKD with combining marks removed, special letters
 * spelled out, lowercase, hyphens and dots as spaces, and runs of spaces collapsed.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(/[‐‑‒–—-]/g, ' ')
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits a given-name part into folded names and initials: "J.-P." and "JP" give ["j", "p"],
 * "Jean-Pierre" gives ["jean", "pierre"].
 */
function splitGiven(given: string, allCapitals: boolean): string[] {
  return given
    .split(/[\s.‐‑‒–—-]+/)
    .filter((token) => token !== '')
    .flatMap((token) =>
      // Run-together initials such as "JP" are capitals without dots, unless the whole name is
      // in capitals ("ALI SMITH").
      !allCapitals && /^\p{Lu}{2,3}$/u.test(token) ? [...token] : [token],
    )
    .map((token) => foldName(token))
    .filter((token) => token !== '');
}

/**
 * Splits a name into family and given parts. "Family, Given" and "Family, Suffix, Given" are read
 * as BibTeX reads them. In other names the last word and any lowercase particles before it
 * ("van", "de la") form the family name.
 */
export function parseName(name: string): NameParts {
  const allCapitals = !/\p{Ll}/u.test(name);
  const commaParts = name
    .normalize('NFC')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

  if (commaParts.length >= 2) {
    const [family = '', ...rest] = commaParts;
    const given = rest.filter((part) => !SUFFIXES.has(foldName(part)));
    return {
      family: foldName(family),
      given: given.flatMap((part) => splitGiven(part, allCapitals)),
    };
  }

  const words = (commaParts[0] ?? '')
    .split(/\s+/)
    .filter((word) => word !== '' && !SUFFIXES.has(foldName(word)));
  if (words.length <= 1) {
    return { family: foldName(words[0] ?? ''), given: [] };
  }

  let familyStart = words.length - 1;
  while (familyStart > 1 && PARTICLES.has((words[familyStart - 1] ?? '').toLowerCase())) {
    familyStart -= 1;
  }
  return {
    family: foldName(words.slice(familyStart).join(' ')),
    given: splitGiven(words.slice(0, familyStart).join(' '), allCapitals),
  };
}

/** Returns a stable key for a name: the folded family name, then the folded given names. */
export function nameKey(name: string): string {
  const parts = parseName(name);
  return [parts.family, ...parts.given].join(' ');
}

function givenNamesAgree(left: string, right: string): boolean {
  if (left === right) {
    return true;
  }
  // An initial stands for any given name with that first letter.
  return (
    (left.length === 1 && right.startsWith(left)) || (right.length === 1 && left.startsWith(right))
  );
}

/**
 * Returns whether two spellings can name the same person. The family names must be equal once
 * folded, and a family name of several words may also be read from the last given names. The
 * given names must agree in order, where an initial agrees with any name that starts
 * with it and a missing middle name agrees with anything ("John Smith" and "John Q. Smith").
 * A name without given names matches only another one without given names, so "Smith" alone
 * never matches "John Smith".
 */
export function namesMatch(left: string, right: string): boolean {
  const rightSplits = cachedSplits(right);
  return cachedSplits(left).some((a) => rightSplits.some((b) => partsMatch(a, b)));
}

/** Most names whose readings stay cached; an import compares each author with every person. */
const MAX_CACHED_NAMES = 10_000;
const splitsByName = new Map<string, readonly NameParts[]>();

function cachedSplits(name: string): readonly NameParts[] {
  let splits = splitsByName.get(name);
  if (splits === undefined) {
    if (splitsByName.size >= MAX_CACHED_NAMES) {
      splitsByName.clear();
    }
    splits = familySplits(parseName(name));
    splitsByName.set(name, splits);
  }
  return splits;
}

/**
 * Lists the ways to read a name when its family name may have several words: "Mary Smith Jones"
 * may be Jones with given names Mary Smith, or Smith Jones (as in "Mary Smith-Jones").
 */
function familySplits(parts: NameParts): NameParts[] {
  const splits = [parts];
  for (let moved = 1; moved < parts.given.length; moved += 1) {
    const remainingGiven = parts.given.slice(0, parts.given.length - moved);
    const family = [...parts.given.slice(remainingGiven.length), parts.family].join(' ');
    splits.push({ family, given: remainingGiven });
  }
  return splits;
}

function partsMatch(a: NameParts, b: NameParts): boolean {
  if (a.family === '' || a.family !== b.family) {
    return false;
  }
  if (a.given.length === 0 || b.given.length === 0) {
    return a.given.length === b.given.length;
  }

  const shared = Math.min(a.given.length, b.given.length);
  for (let index = 0; index < shared; index += 1) {
    if (!givenNamesAgree(a.given[index] ?? '', b.given[index] ?? '')) {
      return false;
    }
  }
  return true;
}

/** Returns whether `name` matches any of `spellings`, as `namesMatch` compares them. */
export function matchesAnyName(name: string, spellings: readonly string[]): boolean {
  return spellings.some((spelling) => namesMatch(name, spelling));
}
