import 'server-only';

import { cache } from 'react';

import type { PostDetail, PostSummary } from '@/lib/content-types';

import { CACHE_TAGS } from './cache-tags';
import { getOwnerIdentity } from './content';
import { fetchContent } from './fetch';
import { toPostSummary } from './mappers';
import { toPostDetail } from './post-mappers';
import { newestPostSlugsQuery, postBySlugQuery, postListQuery } from './queries';

// Getters for the post pages. Tags name every type a result shows, so a published edit to any
// of them refreshes the page.

/** Returns every listable post: dated ones newest first, then undated ones by title. */
export async function getAllPosts(): Promise<PostSummary[]> {
  const posts = await fetchContent({
    name: 'postListQuery',
    query: postListQuery,
    tags: [CACHE_TAGS.posts],
  });
  return posts.flatMap((post) => toPostSummary(post) ?? []);
}

/**
 * Lists the slugs of the newest `limit` posts, in the order of the posts page, for
 * generateStaticParams, which runs outside a request.
 */
export async function getNewestPostSlugs(limit: number): Promise<string[]> {
  const slugs = await fetchContent({
    name: 'newestPostSlugsQuery',
    query: newestPostSlugsQuery,
    params: { limit },
    tags: [CACHE_TAGS.posts],
    perspective: 'published',
  });
  // A slug shared by two posts gives one page, not two that the build would reject.
  return [...new Set(slugs.filter((slug) => slug !== null))];
}

// Wrapped in `cache` because the page and its metadata both call it.
export const getPost = cache(async (slug: string): Promise<PostDetail | null> => {
  const [post, owner] = await Promise.all([
    fetchContent({
      name: 'postBySlugQuery',
      query: postBySlugQuery,
      params: { slug },
      tags: [CACHE_TAGS.posts, CACHE_TAGS.researchAreas, CACHE_TAGS.publications],
    }),
    getOwnerIdentity(),
  ]);
  return post ? toPostDetail(post, owner) : null;
});
