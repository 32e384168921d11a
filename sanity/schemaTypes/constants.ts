/**
 * Option lists and value patterns shared by the Sanity schema and the site. The schema offers the
 * lists as choices in the Studio, and the site uses the titles as display labels. This module
 * imports nothing, so app code and scripts can use it without loading Sanity.
 */

/** A choice in a Studio list: `value` is stored in the dataset, `title` is shown to people. */
export interface ListOption {
  readonly title: string;
  readonly value: string;
}

export const PUBLICATION_TYPES = [
  { title: 'Conference', value: 'conference' },
  { title: 'Journal', value: 'journal' },
  { title: 'Preprint', value: 'preprint' },
  { title: 'Workshop', value: 'workshop' },
  { title: 'Talk', value: 'talk' },
  { title: 'Book', value: 'book' },
  { title: 'Book chapter', value: 'chapter' },
  { title: 'Technical report', value: 'report' },
  { title: 'Doctoral thesis', value: 'doctoral-thesis' },
  { title: "Master's thesis", value: 'masters-thesis' },
  { title: 'Other', value: 'other' },
] as const satisfies readonly ListOption[];

export const LINK_KINDS = [
  { title: 'PDF', value: 'pdf' },
  { title: 'Code', value: 'code' },
  { title: 'arXiv', value: 'arxiv' },
  { title: 'DOI', value: 'doi' },
  { title: 'Video', value: 'video' },
  { title: 'Slides', value: 'slides' },
  { title: 'Retrospective', value: 'retrospective' },
  { title: 'Project page', value: 'project' },
  { title: 'Other', value: 'other' },
] as const satisfies readonly ListOption[];

export const BADGE_KINDS = [
  { title: 'Oral presentation', value: 'oral' },
  { title: 'Spotlight presentation', value: 'spotlight' },
  { title: 'Award', value: 'award' },
  { title: 'Hall of Fame', value: 'hall-of-fame' },
  { title: 'Other', value: 'other' },
] as const satisfies readonly ListOption[];

export const PROFILE_LINK_KINDS = [
  { title: 'Google Scholar', value: 'scholar' },
  { title: 'GitHub', value: 'github' },
  { title: 'LinkedIn', value: 'linkedin' },
  { title: 'X', value: 'x' },
  { title: 'Website', value: 'website' },
  { title: 'ORCID', value: 'orcid' },
  { title: 'DBLP', value: 'dblp' },
  { title: 'Other', value: 'other' },
] as const satisfies readonly ListOption[];

/** Languages offered for code blocks in rich text; the value is the `language-*` class on the code. */
export const CODE_LANGUAGES = [
  { title: 'Plain text', value: 'text' },
  { title: 'Python', value: 'python' },
  { title: 'C', value: 'c' },
  { title: 'C++', value: 'cpp' },
  { title: 'CUDA', value: 'cuda' },
  { title: 'Verilog', value: 'verilog' },
  { title: 'SystemVerilog', value: 'systemverilog' },
  { title: 'JavaScript', value: 'javascript' },
  { title: 'TypeScript', value: 'typescript' },
  { title: 'Rust', value: 'rust' },
  { title: 'Go', value: 'go' },
  { title: 'Shell', value: 'sh' },
  { title: 'JSON', value: 'json' },
  { title: 'YAML', value: 'yaml' },
] as const satisfies readonly ListOption[];

/**
 * A page, or a range of two pages joined by a hyphen or an en dash. A page is a number with an
 * optional letter before or after it ("e1001", "S12"), or an article number and a page ("12:1").
 */
export const PAGE_RANGE =
  /^[A-Za-z]?\d+(?::\d+)?[A-Za-z]?(?:\s*[-–]\s*[A-Za-z]?\d+(?::\d+)?[A-Za-z]?)?$/;

/**
 * A BibTeX citation key, such as "lovelace2023engines" or "DBLP:conf/isca/Lovelace23": no white
 * space and none of the characters that BibTeX or TeX read as syntax (, { } ( ) " # % = \ ~).
 */
export const BIBTEX_KEY = /^[^\s,{}()"#%=\\~]+$/;

/** An arXiv subject category such as "cs.LG", "math.CO" or "hep-th". */
export const ARXIV_CATEGORY = /^[a-z-]+(?:\.[A-Za-z-]+)?$/;

export type PublicationType = (typeof PUBLICATION_TYPES)[number]['value'];
export type LinkKind = (typeof LINK_KINDS)[number]['value'];
export type BadgeKind = (typeof BADGE_KINDS)[number]['value'];
export type ProfileLinkKind = (typeof PROFILE_LINK_KINDS)[number]['value'];

/**
 * Returns the title of the option whose value is `value`, or `undefined` when `value` is missing
 * or matches no option (for example a value stored before the option was removed).
 */
export function optionTitle(
  options: readonly ListOption[],
  value: string | null | undefined,
): string | undefined {
  return options.find((option) => option.value === value)?.title;
}
