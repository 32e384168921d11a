import type { CSL, CSLDate, CSLType } from '@citation-js/core';

import type { PublicationDetail } from '@/lib/content-types';
import type { PublicationType } from '@/lib/publication-types';

import { citationKeyOf } from './bibtex-key';
import { readIdentifiers } from './identifiers';
import { toCslName } from './names';

/** CSL item types for our publication types; citation-js maps them on to BibTeX entry types. */
const CSL_TYPES: Record<PublicationType, CSLType> = {
  conference: 'paper-conference',
  workshop: 'paper-conference',
  journal: 'article-journal',
  // CSL 1.0.2 uses `article` for preprints and other works not in a periodical.
  preprint: 'article',
  talk: 'speech',
  book: 'book',
  chapter: 'chapter',
  report: 'report',
  'doctoral-thesis': 'thesis',
  'masters-thesis': 'thesis',
  other: 'document',
};

/** CSL `genre` of the thesis types, in the words citation-js reads as @phdthesis and @mastersthesis. */
const THESIS_GENRES: Partial<Record<PublicationType, string>> = {
  'doctoral-thesis': 'PhD thesis',
  'masters-thesis': "Master's thesis",
};

/**
 * The CSL field for a publication's number: the issue of a periodical or proceedings, the number
 * of a book in its series, or the number of a report or thesis.
 */
const NUMBER_FIELDS: Record<PublicationType, 'issue' | 'collection-number' | 'number'> = {
  journal: 'issue',
  conference: 'issue',
  workshop: 'issue',
  preprint: 'issue',
  book: 'collection-number',
  chapter: 'collection-number',
  report: 'number',
  'doctoral-thesis': 'number',
  'masters-thesis': 'number',
  talk: 'number',
  other: 'number',
};

/** The fields a citation of a publication reads: its detail view without the related pages. */
export type CitablePublication = Pick<
  PublicationDetail,
  | 'slug'
  | 'title'
  | 'titleTex'
  | 'titleBibtex'
  | 'citationKey'
  | 'year'
  | 'month'
  | 'date'
  | 'type'
  | 'venue'
  | 'publisher'
  | 'volume'
  | 'number'
  | 'pages'
  | 'authors'
  | 'links'
  | 'abstract'
  | 'arxivPrimaryClass'
>;

/**
 * Builds the CSL-JSON item for a publication, with `key` as its id and citation key. Every field
 * comes from the publication itself: a field the publication lacks (authors, DOI, URL, pages) is
 * left out, never filled in. The title is the one the site shows, inline math as Unicode.
 */
export function toCslItem(
  publication: CitablePublication,
  key: string = citationKeyOf(publication),
): CSL {
  const { doi, arxivId, url } = readIdentifiers(publication.links);
  const item: CSL = {
    id: key,
    'citation-key': key,
    type: publication.type ? CSL_TYPES[publication.type] : 'document',
    title: publication.title,
    issued: toCslDate(publication.year, publication.date, publication.month),
  };

  const genre = publication.type ? THESIS_GENRES[publication.type] : undefined;
  if (genre) {
    item.genre = genre;
  }
  if (publication.authors.length > 0) {
    item.author = publication.authors.map((author) => toCslName(author.name));
  }
  addVenue(item, publication);

  if (arxivId) {
    item.number = `arXiv:${arxivId}`;
  }
  if (publication.volume) {
    item.volume = publication.volume;
  }
  if (publication.number) {
    const numberField = publication.type ? NUMBER_FIELDS[publication.type] : 'number';
    item[numberField] = publication.number;
  }
  if (doi) {
    item.DOI = doi;
  }
  if (url) {
    item.URL = url;
  }
  if (publication.pages) {
    item.page = publication.pages.replace(/\s*[–—-]+\s*/g, '-');
  }
  if (publication.abstract) {
    item.abstract = publication.abstract;
  }
  return item;
}

/** Sets the CSL fields that name where the publication appeared and who published it. */
function addVenue(item: CSL, publication: CitablePublication): void {
  const venueName = publication.venue?.fullName ?? publication.venue?.label;
  if (publication.publisher) {
    item.publisher = publication.publisher;
  }
  if (!venueName) {
    return;
  }

  switch (publication.type) {
    // A preprint server, university or institution publishes the work; it is not a container
    // such as a journal.
    case 'preprint':
    case 'report':
    case 'doctoral-thesis':
    case 'masters-thesis':
    case 'other':
      item.publisher = venueName;
      return;
    case 'talk':
      item['event-title'] = venueName;
      return;
    case 'book':
      item['collection-title'] = venueName;
      return;
    default:
      item['container-title'] = venueName;
      if (publication.venue?.fullName && publication.venue.label !== publication.venue.fullName) {
        item['container-title-short'] = publication.venue.label;
      }
  }
}

/**
 * Converts a year, an optional ISO date (YYYY-MM-DD) and an optional month (1 to 12) into a CSL
 * date. A date in another year than `year` is ignored, as the Studio warns about it.
 */
export function toCslDate(year: number, date: string | null, month: number | null = null): CSLDate {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (match && Number(match[1]) === year) {
    return { 'date-parts': [[year, Number(match[2]), Number(match[3])]] };
  }
  if (month !== null) {
    return { 'date-parts': [[year, month]] };
  }
  return { 'date-parts': [[year]] };
}
