import 'server-only';

import type { SearchResults } from '@/lib/content-types';
import { toMatchPattern } from '@/lib/publication-filters';

import { CACHE_TAGS } from './cache-tags';
import { fetchContent } from './fetch';
import { siteSearchQuery } from './queries';
import { toSearchResults } from './search-mappers';

/** Maximum number of hits the search page lists. A narrower search finds the rest. */
export const SEARCH_HIT_LIMIT = 50;

/**
 * Searches publications, posts and honors for validated text (see lib/search-params.ts) and
 * returns the hits ranked best first. The text reaches GROQ only as the `$search` parameter.
 */
export async function searchSite(q: string): Promise<SearchResults> {
  const search = toMatchPattern(q);
  if (search === '') {
    return toSearchResults(q, [], SEARCH_HIT_LIMIT);
  }

  const rows = await fetchContent({
    name: 'siteSearchQuery',
    query: siteSearchQuery,
    // The row beyond the limit shows whether more documents matched.
    params: { search, limit: SEARCH_HIT_LIMIT + 1 },
    tags: [CACHE_TAGS.publications, CACHE_TAGS.posts, CACHE_TAGS.honors],
  });
  return toSearchResults(q, rows, SEARCH_HIT_LIMIT);
}
