// Maps the fields of one parsed BibTeX entry to publication fields: type, venue, dates,
// identifiers and the place in the venue. A field that maps to nothing is named in a warning.
import type { Entry } from '@retorquere/bibtex-parser';

import { ARXIV_CATEGORY, PAGE_RANGE } from '../../../sanity/schemaTypes/constants';
import type { BibRecord } from './bib-record';
import { isTalkText, publicationType } from './entry-type';

/** The fields of a BibRecord that come from the entry's fields, with a title that may be missing. */
export type EntryFields = Omit<
  BibRecord,
  'key' | 'entryType' | 'title' | 'titleBibtex' | 'authors' | 'authorListTruncated'
> & { title: string | null };

const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
/** New-style (2007 on) and old-style arXiv identifiers, without the version suffix. */
const ARXIV_ID = /(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/;
const ARXIV_VENUE = /\barxiv\b/i;

/**
 * Fields read from every entry. `crossref` is among them because the parser has already copied
 * the referenced entry's fields into this one.
 */
const READ_FIELDS = [
  'author',
  'title',
  'year',
  'month',
  'day',
  'date',
  'doi',
  'url',
  'abstract',
  'crossref',
  'eprint',
  'archiveprefix',
  'eprinttype',
  'volume',
  'number',
  'pages',
  'publisher',
];

/**
 * Fields that can name the venue, in the order they are tried; an @article reads only its
 * journal. The series comes last, so it names the venue only of a work without any of the
 * others, such as a book.
 */
const VENUE_FIELDS = [
  'booktitle',
  'journal',
  'institution',
  'school',
  'howpublished',
  'series',
] as const;
const ARTICLE_VENUE_FIELDS = ['journal'] as const;

/**
 * Removes the HTML-like tags the parser writes for rich text, such as `<b>` for \textbf,
 * `<i>` for \emph and `<span class="nocase">`, because the site shows these fields as plain text.
 */
export function stripParserMarkup(value: string): string {
  return value.replace(/<\/?[a-z]+(?:\s[^<>]*)?>/g, '');
}

function text(value: string | string[] | undefined): string | null {
  const joined = Array.isArray(value) ? value.join(', ') : value;
  const trimmed =
    joined === undefined ? undefined : stripParserMarkup(joined).replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed.normalize('NFC') : null;
}

function normalizeDoi(value: string | null): string | null {
  const doi = value?.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, '').trim() ?? null;
  return doi && DOI_PATTERN.test(doi) ? doi : null;
}

/** Finds the arXiv identifier of an entry and the field it was read from. */
function findArxivId(fields: Entry['fields']): { id: string; field: string } | null {
  const prefix = `${fields.archiveprefix ?? ''} ${fields.eprinttype ?? ''}`;
  const eprint = fields.eprint?.trim();
  if (eprint && (ARXIV_VENUE.test(prefix) || /^\d{4}\.\d{4,5}(v\d+)?$/.test(eprint))) {
    const id = ARXIV_ID.exec(eprint)?.[1];
    return id ? { id, field: 'eprint' } : null;
  }
  for (const name of ['url', 'journal', 'howpublished', 'note'] as const) {
    const value = fields[name];
    const match = value ? /arxiv(?:\.org\/(?:abs|pdf)\/|:\s*)(\S+)/i.exec(value) : null;
    const id = match?.[1] ? ARXIV_ID.exec(match[1])?.[1] : undefined;
    if (id) return { id, field: name };
  }
  return null;
}

/** Reads year, month and day from `year`, `month` and `day`, or from a biblatex `date`. */
function readDate(fields: Entry['fields']) {
  const dateMatch = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(fields.date?.trim() ?? '');
  const yearText = fields.year?.trim().match(/^\d{4}$/)?.[0] ?? dateMatch?.[1];
  const year = yearText ? Number(yearText) : null;
  const monthText = fields.month?.trim();
  const monthNumber = Number(monthText ?? dateMatch?.[2] ?? NaN);
  const month =
    Number.isInteger(monthNumber) && monthNumber >= 1 && monthNumber <= 12 ? monthNumber : null;
  const dayNumber = Number(fields.day?.trim() ?? dateMatch?.[3] ?? NaN);
  const date =
    year !== null &&
    month !== null &&
    Number.isInteger(dayNumber) &&
    dayNumber >= 1 &&
    dayNumber <= 31
      ? `${year}-${String(month).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`
      : null;
  const warning =
    monthText && month === null
      ? `Month "${monthText}" is not a month name or number; left out.`
      : null;
  return { year, month, date, warning };
}

/** Reads a page range, with an en dash between the pages: "12--20" and "pp. 12-20" give "12–20". */
function readPages(value: string | null): { pages: string | null; warning: string | null } {
  if (value === null) {
    return { pages: null, warning: null };
  }
  const pages = value.replace(/^pp?\.\s*/i, '').replace(/\s*(?:-{1,2}|–|—)\s*/g, '–');
  return PAGE_RANGE.test(pages)
    ? { pages, warning: null }
    : { pages: null, warning: `Pages "${value}" are not a page range such as 12–20; left out.` };
}

function hasValue(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '';
}

/**
 * Returns the publication fields of an entry. `unknownMacros` names @string macros that the entry
 * uses but the file never defines. The parser leaves a macro's name as the field value, so such
 * values are dropped here with a warning.
 */
export function bibEntryFields(entry: Entry, unknownMacros: readonly string[]): EntryFields {
  const fields = entry.fields;
  const warnings = unknownMacros.map(
    (name) => `Unknown @string macro "${name}"; the field that uses it was left empty.`,
  );
  const isMacroName = (value: string | null) =>
    value !== null && unknownMacros.some((name) => name.toLowerCase() === value.toLowerCase());
  const field = (value: string | string[] | undefined) => {
    const result = text(value);
    return isMacroName(result) ? null : result;
  };
  // Names of the fields that gave a value, or that a warning of their own already names.
  const read = new Set(READ_FIELDS);

  const entryType = entry.type.toLowerCase();
  const arxiv = findArxivId(fields);
  const arxivId = arxiv?.id ?? null;
  if (arxiv) read.add(arxiv.field);

  let venue: string | null = null;
  for (const name of entryType === 'article' ? ARTICLE_VENUE_FIELDS : VENUE_FIELDS) {
    // A talk's `howpublished` names the kind of talk, not where it was given.
    venue = name === 'howpublished' && isTalkText(fields.howpublished) ? null : field(fields[name]);
    if (venue) {
      read.add(name);
      break;
    }
  }
  if (venue && ARXIV_VENUE.test(venue) && arxivId) {
    venue = 'arXiv';
  }

  const rawDoi = field(fields.doi);
  const urlDoi = rawDoi ? null : normalizeDoi(field(fields.url));
  const doi = normalizeDoi(rawDoi) ?? urlDoi;
  if (rawDoi && !doi) {
    warnings.push(`DOI "${rawDoi}" is not a DOI (10.prefix/suffix); left out.`);
  }
  const url = field(fields.url);
  if (url && !urlDoi && !/^https?:\/\//i.test(url)) {
    warnings.push(`URL "${url}" is not an http or https address; left out.`);
  }

  const choice = publicationType(entryType, venue, fields, arxivId);
  choice.decidedBy.forEach((name) => read.add(name));
  let type = choice.type;
  if (type === null) {
    type = 'other';
    warnings.push(
      `@${entryType} has no matching publication type; imported as "other". Choose the type in the Studio.`,
    );
  }
  // An arXiv preprint that names no venue, such as a @misc with eprint fields, appeared on arXiv.
  if (type === 'preprint' && venue === null && arxivId) {
    venue = 'arXiv';
  }

  const date = readDate(fields);
  if (date.warning) warnings.push(date.warning);
  const pages = readPages(field(fields.pages));
  if (pages.warning) warnings.push(pages.warning);

  const primaryClass = arxivId ? field(fields.primaryclass) : null;
  if (primaryClass !== null) {
    read.add('primaryclass');
    if (!ARXIV_CATEGORY.test(primaryClass)) {
      warnings.push(
        `primaryClass "${primaryClass}" is not an arXiv category such as cs.LG; left out.`,
      );
    }
  }

  const dropped = Object.entries(fields)
    .filter(([name, value]) => !read.has(name) && hasValue(value))
    .filter(([, value]) => !(typeof value === 'string' && isMacroName(text(value))))
    .map(([name]) => name)
    .sort();
  if (dropped.length > 0) {
    warnings.push(
      `Fields not imported because publications do not store them: ${dropped.join(', ')}.`,
    );
  }

  return {
    title: field(fields.title),
    venue,
    year: date.year,
    month: date.month,
    date: date.date,
    doi,
    arxivId,
    arxivPrimaryClass: primaryClass && ARXIV_CATEGORY.test(primaryClass) ? primaryClass : null,
    url,
    abstract: field(fields.abstract),
    volume: field(fields.volume),
    number: field(fields.number),
    pages: pages.pages,
    publisher: field(fields.publisher),
    type,
    warnings,
  };
}
