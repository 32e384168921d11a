import type { PublicationDetail } from '@/lib/content-types';

import { splitPages } from './highwire';
import { readIdentifiers } from './identifiers';

type JsonLdObject = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | JsonLdObject | JsonLdValue[];

/**
 * Builds the schema.org `ScholarlyArticle` description of a publication for a JSON-LD script.
 * `url` is the page's address as the site links it. Properties the publication lacks are left out.
 */
export function scholarlyArticleJsonLd(publication: PublicationDetail, url: string): JsonLdObject {
  const article: JsonLdObject = {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
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

  const venue = publication.venue?.fullName ?? publication.venue?.label;
  if (venue && publication.type === 'preprint') {
    article.publisher = { '@type': 'Organization', name: venue };
  } else if (venue) {
    article.isPartOf = {
      '@type': publication.type === 'journal' ? 'Periodical' : 'CreativeWorkSeries',
      name: venue,
    };
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

/**
 * Serializes JSON-LD for an inline `<script>`. `<` is escaped as `\u003c`, which JSON parsers read
 * back as `<`, so no value can close the script element or open a comment.
 */
export function serializeJsonLd(value: JsonLdObject): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
