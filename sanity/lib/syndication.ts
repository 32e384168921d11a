import 'server-only';

import type { FeedEntry, SitemapPage } from '@/lib/content-types';

import { CACHE_TAGS } from './cache-tags';
import { fetchContent } from './fetch';
import { postFeedQuery, publicationFeedQuery, sitemapQuery } from './queries';
import { toPostFeedEntry, toPublicationFeedEntry, toSitemapPages } from './syndication-mappers';

// Getters for the feeds and the sitemap. They read published documents only, even in draft
// mode, because feed readers and crawlers keep what they fetch.

/** Maximum number of entries in a feed, newest first. Readers keep older entries they have seen. */
export const FEED_ENTRY_LIMIT = 50;

export async function getPostFeedEntries(): Promise<FeedEntry[]> {
  const posts = await fetchContent({
    name: 'postFeedQuery',
    query: postFeedQuery,
    params: { limit: FEED_ENTRY_LIMIT },
    tags: [CACHE_TAGS.posts],
    perspective: 'published',
  });
  return posts.flatMap((post) => toPostFeedEntry(post) ?? []);
}

export async function getPublicationFeedEntries(): Promise<FeedEntry[]> {
  const publications = await fetchContent({
    name: 'publicationFeedQuery',
    query: publicationFeedQuery,
    params: { limit: FEED_ENTRY_LIMIT },
    tags: [CACHE_TAGS.publications],
    perspective: 'published',
  });
  return publications.flatMap((publication) => toPublicationFeedEntry(publication) ?? []);
}

/** Lists the pages of every publication, research area and post, for the sitemap. */
export async function getSitemapPages(): Promise<{
  publications: SitemapPage[];
  researchAreas: SitemapPage[];
  posts: SitemapPage[];
}> {
  const content = await fetchContent({
    name: 'sitemapQuery',
    query: sitemapQuery,
    tags: [CACHE_TAGS.publications, CACHE_TAGS.researchAreas, CACHE_TAGS.posts],
    perspective: 'published',
  });
  return toSitemapPages(content);
}
