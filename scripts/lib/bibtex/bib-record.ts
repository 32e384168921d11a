import type { PublicationType } from '../../../sanity/schemaTypes/constants';

/** One BibTeX entry reduced to the publication fields the site stores, in Unicode NFC. */
export type BibRecord = {
  /** Citation key as written in the file. */
  key: string;
  /** Entry type in lowercase, e.g. "inproceedings". */
  entryType: string;
  /** Title without LaTeX markup or protecting braces, with inline math as written. */
  title: string;
  /** Title as written in the file, braces and math included, for citation export. */
  titleBibtex: string;
  /** Author names in order, each as "Given Family" or an organisation's name. */
  authors: string[];
  /** The author list ended with "and others". */
  authorListTruncated: boolean;
  venue: string | null;
  year: number | null;
  /** Month from 1 to 12. */
  month: number | null;
  /** ISO date (YYYY-MM-DD), only when the entry gives the day. */
  date: string | null;
  doi: string | null;
  arxivId: string | null;
  /** arXiv category such as "cs.LG", read only with an arXiv identifier. */
  arxivPrimaryClass: string | null;
  url: string | null;
  abstract: string | null;
  volume: string | null;
  /** Issue of a journal volume, or the number of a technical report. */
  number: string | null;
  /** Page range with an en dash, such as "12–20". */
  pages: string | null;
  publisher: string | null;
  type: PublicationType;
  /** Problems found while reading the entry that did not stop its import. */
  warnings: string[];
};

/** An entry that cannot become a publication, with the reason. */
export type SkippedEntry = { key: string; reason: string };

/** The result of reading one .bib file. */
export type BibReadResult = {
  records: BibRecord[];
  skipped: SkippedEntry[];
  /** Problems that belong to no single entry, such as a syntax error between entries. */
  warnings: string[];
};
