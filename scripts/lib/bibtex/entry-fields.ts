// Maps the fields of one parsed BibTeX entry to publication fields: type, venue, dates and
// identifiers.
import type { Entry } from '@retorquere/bibtex-parser';

import type { PublicationType } from '../../../sanity/schemaTypes/constants';
import type { BibRecord } from './bib-record';

/** The fields of a BibRecord that come from the entry's fields, with a title that may be missing. */
export type EntryFields = Omit<
  BibRecord,
  'key' | 'entryType' | 'title' | 'titleBibtex' | 'authors' | 'authorListTruncated'
> & { title: string | null };

const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
/** New-style (2007 on) and old-style arXiv identifiers, without the version suffix. */
const ARXIV_ID = /(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/;
const TALK_WORDS = /\b(talk|keynote|invited|presentation|tutorial|seminar)\b/i;
const ARXIV_VENUE = /\barxiv\b/i;

const CONFERENCE_TYPES = new Set(['inproceedings', 'conference']);
const REPORT_TYPES = new Set([
  'misc',
  'unpublished',
  'online',
  'techreport',
  'report',
  'electronic',
  'manual',
]);

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

function findArxivId(fields: Entry['fields']): string | null {
  const prefix = `${fields.archiveprefix ?? ''} ${fields.eprinttype ?? ''}`;
  const eprint = fields.eprint?.trim();
  if (eprint && (ARXIV_VENUE.test(prefix) || /^\d{4}\.\d{4,5}(v\d+)?$/.test(eprint))) {
    return ARXIV_ID.exec(eprint)?.[1] ?? null;
  }
  for (const value of [fields.url, fields.journal, fields.note]) {
    const match = value ? /arxiv(?:\.org\/(?:abs|pdf)\/|:\s*)(\S+)/i.exec(value) : null;
    const id = match?.[1] ? ARXIV_ID.exec(match[1])?.[1] : undefined;
    if (id) return id;
  }
  return null;
}

/** Reads year, month and day from `year`, `month` and `day`, or from a biblatex `date`. */
function readDate(fields: Entry['fields']) {
  const dateMatch = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(fields.date?.trim() ?? '');
  const yearText = fields.year?.trim().match(/^\d{4}$/)?.[0] ?? dateMatch?.[1];
  const year = yearText ? Number(yearText) : null;
  const monthNumber = Number(fields.month?.trim() ?? dateMatch?.[2] ?? NaN);
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
  return { year, month, date };
}

function publicationType(
  entryType: string,
  venue: string | null,
  fields: Entry['fields'],
  arxivId: string | null,
): PublicationType | null {
  const howPublished = `${fields.howpublished ?? ''} ${fields.note ?? ''}`;
  if (entryType === 'article') {
    return venue && !/\b(arxiv|corr)\b/i.test(venue) ? 'journal' : 'preprint';
  }
  if (CONFERENCE_TYPES.has(entryType)) {
    return venue && /\bworkshops?\b/i.test(venue) ? 'workshop' : 'conference';
  }
  if (REPORT_TYPES.has(entryType)) {
    return TALK_WORDS.test(howPublished) && arxivId === null ? 'talk' : 'preprint';
  }
  return null;
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

  const entryType = entry.type.toLowerCase();
  const arxivId = findArxivId(fields);
  let venue =
    entryType === 'article'
      ? field(fields.journal)
      : (field(fields.booktitle) ??
        field(fields.journal) ??
        field(fields.institution) ??
        field(fields.school) ??
        (TALK_WORDS.test(fields.howpublished ?? '') ? null : field(fields.howpublished)));
  if (venue && ARXIV_VENUE.test(venue) && arxivId) {
    venue = 'arXiv';
  }

  const rawDoi = field(fields.doi);
  const doi = normalizeDoi(rawDoi);
  if (rawDoi && !doi) {
    warnings.push(`DOI "${rawDoi}" is not a DOI (10.prefix/suffix); left out.`);
  }

  let type = publicationType(entryType, venue, fields, arxivId);
  if (type === null) {
    type = 'preprint';
    warnings.push(
      `@${entryType} has no matching publication type; imported as a preprint. Choose the type in the Studio.`,
    );
  }

  return {
    title: field(fields.title),
    venue,
    ...readDate(fields),
    doi,
    arxivId,
    url: field(fields.url),
    abstract: field(fields.abstract),
    type,
    warnings,
  };
}
