// Reshapes the feed and sitemap query results into view types, dropping entries without the
// title or slug that a link needs.
import type { FeedEntry, SitemapPage } from '@/lib/content-types';
import { postHref, researchAreaHref } from '@/lib/routes';
import { renderInlineMath } from '@/lib/tex/inline-math';

import type { PostFeedQueryResult, PublicationFeedQueryResult, SitemapQueryResult } from '../types';
import { publicationHref } from './mappers';

/**
 * Returns the time of the last edit, or null. TypeGen types `_updatedAt` as always present
 * because the Content Lake always sets it, but documents of an NDJSON file may lack it.
 */
function updatedAt(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

function presentStrings(values: readonly (string | null)[] | null): string[] {
  return (values ?? []).flatMap((value) => value?.trim() || []);
}

export function toPostFeedEntry(post: PostFeedQueryResult[number]): FeedEntry | null {
  const title = post.title?.trim();
  if (!title || !post.slug) {
    return null;
  }
  return {
    id: post._id,
    title,
    path: postHref(post.slug),
    summary: post.summary?.trim() || null,
    date: post.date,
    updatedAt: updatedAt(post._updatedAt),
    authors: [],
    categories: [],
  };
}

export function toPublicationFeedEntry(
  publication: PublicationFeedQueryResult[number],
): FeedEntry | null {
  const title = publication.title?.trim();
  if (!title || !publication.slug) {
    return null;
  }
  const venue = publication.venue?.shortName?.trim() || publication.venue?.name?.trim() || null;
  const citation = [venue, publication.year].filter((part) => part !== null).join(' ');
  return {
    id: publication._id,
    title: renderInlineMath(title),
    path: publicationHref(publication.slug),
    summary: publication.abstract?.trim() || citation || null,
    date: publication.date,
    updatedAt: updatedAt(publication._updatedAt),
    authors: presentStrings(publication.authorNames),
    categories: presentStrings(publication.areaTitles),
  };
}

export function toSitemapPages(content: SitemapQueryResult): {
  publications: SitemapPage[];
  researchAreas: SitemapPage[];
  posts: SitemapPage[];
} {
  const pages = (
    documents: SitemapQueryResult[keyof SitemapQueryResult],
    href: (slug: string) => string,
  ): SitemapPage[] =>
    documents.flatMap((document) =>
      document.slug
        ? [{ path: href(document.slug), updatedAt: updatedAt(document._updatedAt) }]
        : [],
    );

  return {
    publications: pages(content.publications, publicationHref),
    researchAreas: pages(content.researchAreas, researchAreaHref),
    posts: pages(content.posts, postHref),
  };
}
