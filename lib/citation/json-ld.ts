import type { PublicationDetail } from '@/lib/content-types';
import type { PublicationType } from '@/lib/publication-types';

import { splitPages } from './highwire';
import { readIdentifiers } from './identifiers';

type JsonLdObject = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | JsonLdObject | JsonLdValue[];

/** The schema.org type of each publication type; the others are a `ScholarlyArticle`. */
const SCHEMA_TYPES: Partial<Record<PublicationType, string>> = {
  book: 'Book',
  chapter: 'Chapter',
  report: 'Report',
  'doctoral-thesis': 'Thesis',
  'masters-thesis': 'Thesis',
};

/** The degree a thesis was written for, as schema.org's `Thesis.inSupportOf` names it. */
const THESIS_DEGREES: Partial<Record<PublicationType, string>> = {
  'doctoral-thesis': 'Doctoral degree',
  'masters-thesis': "Master's degree",
};

/**
 * Builds the schema.org description of a publication for a JSON-LD script: a `ScholarlyArticle`,
 * or a `Book`, `Chapter`, `Report` or `Thesis`. `url` is the page's address as the site links it.
 * Properties the publication lacks are left out.
 */
export function publicationJsonLd(publication: PublicationDetail, url: string): JsonLdObject {
  const type = publication.type;
  const article: JsonLdObject = {
    '@context': 'https://schema.org',
    '@type': (type && SCHEMA_TYPES[type]) ?? 'ScholarlyArticle',
    headline: publication.title,
    name: publication.title,
    url,
    datePublished: publication.date ?? String(publication.year),
  };

  if (publication.authors.length > 0) {
    article.author = publication.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
    }));
  }

  addVenue(article, publication);
  const degree = type ? THESIS_DEGREES[type] : undefined;
  if (degree) {
    article.inSupportOf = degree;
  }
  if (type === 'report' && publication.number) {
    article.reportNumber = publication.number;
  }

  if (publication.abstract) {
    article.abstract = publication.abstract;
  }

  const { doi, url: citableUrl } = readIdentifiers(publication.links);
  const sameAs = [doi ? `https://doi.org/${doi}` : null, citableUrl].filter(
    (value): value is string => value !== null,
  );
  if (sameAs.length > 0) {
    article.sameAs = sameAs;
  }

  const pages = splitPages(publication.pages);
  if (pages) {
    article.pageStart = pages.first;
    if (pages.last) {
      article.pageEnd = pages.last;
    }
    article.pagination = publication.pages ?? pages.first;
  }
  return article;
}

const organization = (name: string): JsonLdObject => ({ '@type': 'Organization', name });

/**
 * Describes where the publication appeared. A journal article names its volume and issue as
 * schema.org nests them: the article is part of an issue, which is part of a volume of the
 * periodical.
 */
function addVenue(article: JsonLdObject, publication: PublicationDetail): void {
  const venue = publication.venue?.fullName ?? publication.venue?.label;
  if (publication.publisher) {
    article.publisher = organization(publication.publisher);
  }
  if (!venue) {
    return;
  }

  switch (publication.type) {
    case 'preprint':
    case 'other':
      article.publisher = organization(venue);
      return;
    case 'report':
    case 'doctoral-thesis':
    case 'masters-thesis':
      article.sourceOrganization = organization(venue);
      return;
    case 'chapter':
      article.isPartOf = { '@type': 'Book', name: venue };
      return;
    case 'book':
      article.isPartOf = { '@type': 'BookSeries', name: venue };
      return;
    case 'journal':
      article.isPartOf = periodicalPart(venue, publication.volume, publication.number);
      return;
    default:
      article.isPartOf = { '@type': 'CreativeWorkSeries', name: venue };
  }
}

function periodicalPart(name: string, volume: string | null, issue: string | null): JsonLdObject {
  let part: JsonLdObject = { '@type': 'Periodical', name };
  if (volume) {
    part = { '@type': 'PublicationVolume', volumeNumber: volume, isPartOf: part };
  }
  if (issue) {
    part = { '@type': 'PublicationIssue', issueNumber: issue, isPartOf: part };
  }
  return part;
}

/**
 * Serializes JSON-LD for an inline `<script>`. `<` is escaped as `\u003c`, which JSON parsers read
 * back as `<`, so no value can close the script element or open a comment.
 */
export function serializeJsonLd(value: JsonLdObject): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
