// Maps a BibTeX or biblatex entry type to the site's publication type.
import type { Entry } from '@retorquere/bibtex-parser';

import type { PublicationType } from '../../../sanity/schemaTypes/constants';

const TALK_WORDS = /\b(talk|keynote|invited|presentation|tutorial|seminar)\b/i;

const FIXED_TYPES: Readonly<Record<string, PublicationType>> = {
  book: 'book',
  booklet: 'book',
  mvbook: 'book',
  collection: 'book',
  // A @proceedings that no paper cross-references is a volume the owner edited.
  proceedings: 'book',
  inbook: 'chapter',
  incollection: 'chapter',
  bookinbook: 'chapter',
  techreport: 'report',
  report: 'report',
  phdthesis: 'doctoral-thesis',
  mastersthesis: 'masters-thesis',
  manual: 'other',
  software: 'other',
  dataset: 'other',
  patent: 'other',
};

/** Entry types for works outside a journal or proceedings: preprints, talks and the like. */
const LOOSE_TYPES = new Set(['misc', 'unpublished', 'online', 'electronic', 'www']);

/** The type chosen for an entry, and the fields of the entry that decided it. */
export type TypeChoice = { type: PublicationType | null; decidedBy: string[] };

/** Checks whether `howpublished` or `note` calls the work a talk, such as "Keynote talk". */
export function isTalkText(value: string | undefined): boolean {
  return value !== undefined && TALK_WORDS.test(value);
}

/**
 * Chooses the publication type of an entry, or null when no type fits its entry type. `venue` is
 * the venue the import read, and `arxivId` the arXiv identifier it found.
 */
export function publicationType(
  entryType: string,
  venue: string | null,
  fields: Entry['fields'],
  arxivId: string | null,
): TypeChoice {
  if (entryType === 'article') {
    const journal = venue && !/\b(arxiv|corr)\b/i.test(venue);
    return { type: journal ? 'journal' : 'preprint', decidedBy: [] };
  }
  if (entryType === 'inproceedings' || entryType === 'conference') {
    const workshop = venue && /\bworkshops?\b/i.test(venue);
    return { type: workshop ? 'workshop' : 'conference', decidedBy: [] };
  }
  if (entryType === 'thesis') {
    return thesisType(fields.type);
  }
  const fixed = FIXED_TYPES[entryType];
  if (fixed) {
    return { type: fixed, decidedBy: [] };
  }
  if (LOOSE_TYPES.has(entryType)) {
    return looseType(entryType, venue, fields, arxivId);
  }
  return { type: null, decidedBy: [] };
}

/** Reads biblatex's @thesis, whose `type` field names the degree it was written for. */
function thesisType(subtype: string | undefined): TypeChoice {
  if (subtype && /phd|doctor|dissertation/i.test(subtype)) {
    return { type: 'doctoral-thesis', decidedBy: ['type'] };
  }
  if (subtype && /master|mathesis|\bm\.?sc?\b|\bma\b/i.test(subtype)) {
    return { type: 'masters-thesis', decidedBy: ['type'] };
  }
  return { type: null, decidedBy: [] };
}

/**
 * Returns the type of a @misc or @unpublished entry. It is a talk when `howpublished` or `note`
 * calls it one and it has no arXiv identifier. It is a preprint when it is on arXiv or not yet
 * published. Anything else, such as software or a web page, is "other".
 */
function looseType(
  entryType: string,
  venue: string | null,
  fields: Entry['fields'],
  arxivId: string | null,
): TypeChoice {
  if (arxivId === null) {
    const talkFields = (['howpublished', 'note'] as const).filter((name) =>
      isTalkText(fields[name]),
    );
    if (talkFields.length > 0) {
      return { type: 'talk', decidedBy: talkFields };
    }
  }
  if (arxivId !== null || (venue !== null && /\barxiv\b/i.test(venue))) {
    return { type: 'preprint', decidedBy: [] };
  }
  return { type: entryType === 'unpublished' ? 'preprint' : 'other', decidedBy: [] };
}
