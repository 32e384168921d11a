// ORCID iDs: sixteen characters in four groups of four, the last one a checksum digit or "X",
// computed with ISO 7064 MOD 11-2 over the first fifteen digits (as ORCID's own documentation on
// the structure of the identifier describes it).

const ORCID_PATTERN = /^(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])$/;

/** Returns the ISO 7064 MOD 11-2 check character for a string of digits. */
function orcidCheckCharacter(digits: string): string {
  let total = 0;
  for (const digit of digits) {
    total = (total + Number(digit)) * 2;
  }
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/**
 * Returns whether `value` is an ORCID iD in the form `0000-0002-1825-0097`, with a valid check
 * character. The `https://orcid.org/` prefix is rejected here, and `normalizeOrcid` removes it.
 */
export function isValidOrcid(value: string): boolean {
  if (!ORCID_PATTERN.test(value)) {
    return false;
  }
  const digits = value.replaceAll('-', '');
  return orcidCheckCharacter(digits.slice(0, 15)) === digits.slice(15);
}

/**
 * Reduces an ORCID iD written as a URL (`https://orcid.org/…`) or with a lowercase check
 * character to its bare form, or returns null when the result is not a valid iD.
 */
export function normalizeOrcid(value: string): string | null {
  const bare = value
    .trim()
    .replace(/^https?:\/\/(www\.)?orcid\.org\//i, '')
    .toUpperCase();
  return isValidOrcid(bare) ? bare : null;
}

/** Returns the public profile URL of a valid ORCID iD. */
export function orcidUrl(orcid: string): string {
  return `https://orcid.org/${orcid}`;
}
