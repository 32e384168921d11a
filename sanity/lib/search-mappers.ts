// Reshapes site-search rows into the typed hits of lib/content-types.ts, keeping the query's
// ranking and dropping rows that cannot be linked.
import type { SearchHit, SearchHitKind, SearchResults } from '@/lib/content-types';
import { formatYearRange } from '@/lib/format';
import { isPublicationType, publicationTypeTitle } from '@/lib/publication-types';
import { postHref } from '@/lib/routes';
import { renderInlineMath } from '@/lib/tex/inline-math';

import type { SiteSearchQueryResult } from '../types';
import { publicationHref } from './mappers';

type SearchRow = SiteSearchQueryResult[number];

/** The page that lists every honor, since honors have no page of their own. */
export const HONORS_HREF = '/honors';

/**
 * Maps ranked rows to search results, in the same order. `limit` is the number of hits to keep:
 * the query requests one row more, so a row beyond it means more documents matched.
 */
export function toSearchResults(
  q: string,
  rows: readonly SearchRow[],
  limit: number,
): SearchResults {
  const hits = rows.flatMap((row) => toSearchHit(row) ?? []);
  const shownHits = hits.slice(0, limit);
  const counts: Record<SearchHitKind, number> = { publication: 0, post: 0, honor: 0 };
  for (const hit of shownHits) {
    counts[hit.kind] += 1;
  }
  return { q, hits: shownHits, counts, truncated: hits.length > limit };
}

export function toSearchHit(row: SearchRow): SearchHit | null {
  const title = row.title?.trim();
  if (!title) {
    return null;
  }

  switch (row._type) {
    case 'publication':
      return row.slug && row.year !== null
        ? {
            kind: 'publication',
            id: row._id,
            title: renderInlineMath(title),
            href: publicationHref(row.slug),
            details: compact([
              String(row.year),
              row.venue?.shortName?.trim() || row.venue?.name?.trim(),
              row.type && isPublicationType(row.type) ? publicationTypeTitle(row.type) : null,
            ]),
            summary: null,
          }
        : null;
    case 'post':
      return row.slug
        ? {
            kind: 'post',
            id: row._id,
            title,
            href: postHref(row.slug),
            details: compact([row.date]),
            summary: row.summary?.trim() || null,
          }
        : null;
    case 'honor':
      return row.yearStart !== null
        ? {
            kind: 'honor',
            id: row._id,
            title,
            href: HONORS_HREF,
            details: compact([formatYearRange(row.yearStart, row.yearEnd), row.issuer?.trim()]),
            summary: null,
          }
        : null;
    default:
      return null;
  }
}

function compact(values: readonly (string | null | undefined)[]): string[] {
  return values.flatMap((value) => (value ? [value] : []));
}
