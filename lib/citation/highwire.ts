import type { PublicationDetail } from '@/lib/content-types';
import type { PublicationType } from '@/lib/publication-types';

import { readIdentifiers } from './identifiers';

/** Meta tags by name; an array value renders one tag per item, in order. */
export type HighwireTags = Record<string, string | string[]>;

/**
 * The tag that names the venue of each type, as Zotero's Embedded Metadata translator
 * (zotero/translators) reads them. It takes a chapter's book from `citation_book_title` and a
 * thesis's university or a report's institution from their own tags, and it picks the item type
 * by which of these tags a page has. A preprint server, a book series and the venue of "other"
 * works get no tag.
 */
const VENUE_TAGS: Record<PublicationType, string | null> = {
  journal: 'citation_journal_title',
  conference: 'citation_conference_title',
  workshop: 'citation_conference_title',
  talk: 'citation_conference_title',
  chapter: 'citation_book_title',
  report: 'citation_technical_report_institution',
  'doctoral-thesis': 'citation_dissertation_institution',
  'masters-thesis': 'citation_dissertation_institution',
  preprint: null,
  book: null,
  other: null,
};

/**
 * Builds the Highwire Press `citation_*` meta tags that Google Scholar and Zotero read
 * (https://scholar.google.com/intl/en/scholar/inclusion.html#indexing). Tags whose value the
 * publication lacks are left out rather than filled with a guess.
 */
export function highwireTags(publication: PublicationDetail): HighwireTags {
  const tags: HighwireTags = { citation_title: publication.title };

  if (publication.authors.length > 0) {
    tags.citation_author = publication.authors.map((author) => author.name);
  }
  // Google Scholar expects "2010/5/12" or just "2010" (its inclusion guidelines, linked above).
  tags.citation_publication_date = publication.date
    ? publication.date.replaceAll('-', '/')
    : String(publication.year);

  const venue = publication.venue?.fullName ?? publication.venue?.label;
  const venueTag = publication.type ? VENUE_TAGS[publication.type] : null;
  if (venue && venueTag) {
    tags[venueTag] = venue;
  }
  if (publication.publisher) {
    tags.citation_publisher = publication.publisher;
  }
  if (publication.volume) {
    tags.citation_volume = publication.volume;
  }
  if (publication.number) {
    tags[publication.type === 'report' ? 'citation_technical_report_number' : 'citation_issue'] =
      publication.number;
  }

  const { doi, arxivId, pdfUrl } = readIdentifiers(publication.links);
  if (pdfUrl) {
    tags.citation_pdf_url = pdfUrl;
  }
  if (doi) {
    tags.citation_doi = doi;
  }
  if (arxivId) {
    tags.citation_arxiv_id = arxivId;
  }

  const pages = splitPages(publication.pages);
  if (pages) {
    tags.citation_firstpage = pages.first;
    if (pages.last) {
      tags.citation_lastpage = pages.last;
    }
  }
  return tags;
}

/** Splits "123-135" (hyphen or en dash) into its first and last page; "e1001" has no last page. */
export function splitPages(pages: string | null): { first: string; last: string | null } | null {
  if (!pages) {
    return null;
  }
  const [first, last] = pages.split(/\s*[-–—]+\s*/);
  if (!first) {
    return null;
  }
  return { first, last: last || null };
}
