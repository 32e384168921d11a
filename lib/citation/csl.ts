import type { CSL, CSLDate, CSLType } from '@citation-js/core';

import type { PublicationDetail } from '@/lib/content-types';
import type { PublicationType } from '@/lib/publication-types';

import { bibtexKey } from './bibtex-key';
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
};

/** The fields a publication page can cite: its detail view plus the optional page range. */
export type CitablePublication = Pick<
  PublicationDetail,
  'slug' | 'title' | 'year' | 'date' | 'type' | 'venue' | 'authors' | 'links' | 'abstract' | 'pages'
>;

/**
 * Builds the CSL-JSON item for a publication. Every field comes from the publication itself:
 * a field the publication lacks (authors, DOI, URL, pages) is left out, never filled in.
 */
export function toCslItem(publication: CitablePublication): CSL {
  const key = bibtexKey(publication.slug);
  const { doi, arxivId, url } = readIdentifiers(publication.links);
  const item: CSL = {
    id: key,
    'citation-key': key,
    type: publication.type ? CSL_TYPES[publication.type] : 'document',
    title: publication.title,
    issued: toCslDate(publication.year, publication.date),
  };

  if (publication.authors.length > 0) {
    item.author = publication.authors.map((author) => toCslName(author.name));
  }

  const venueName = publication.venue?.fullName ?? publication.venue?.label;
  if (venueName) {
    if (publication.type === 'preprint') {
      // A preprint server publishes the work; it is not a container such as a journal.
      item.publisher = venueName;
    } else if (publication.type === 'talk') {
      item['event-title'] = venueName;
    } else {
      item['container-title'] = venueName;
      if (publication.venue?.fullName && publication.venue.label !== publication.venue.fullName) {
        item['container-title-short'] = publication.venue.label;
      }
    }
  }

  if (arxivId) {
    item.number = `arXiv:${arxivId}`;
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

/** Converts a year and an optional ISO date (YYYY-MM-DD) into a CSL date. */
export function toCslDate(year: number, date: string | null): CSLDate {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (match && Number(match[1]) === year) {
    return { 'date-parts': [[year, Number(match[2]), Number(match[3])]] };
  }
  return { 'date-parts': [[year]] };
}
