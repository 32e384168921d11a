'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import useSWR, { useSWRConfig } from 'swr';

import { PublicationYearGroups } from '@/components/publications/PublicationYearGroups';
import type { ExplorerResult } from '@/lib/content-types';
import {
  EMPTY_FILTERS,
  type ExplorerFilters,
  hasActiveFilters,
  parseExplorerFilters,
  serializeExplorerFilters,
} from '@/lib/publication-filters';

import { EmptyState } from './EmptyState';
import { explorerApiUrl, fetchExplorerResult } from './fetch-explorer-result';
import { FilterForm } from './FilterForm';
import { ResultSummary } from './ResultSummary';

type Props = {
  /** The serialized filters the server rendered `initialResult` for. */
  initialQuery: string;
  initialResult: ExplorerResult;
};

/**
 * Renders the publications explorer. The filters live in the URL: a change pushes a history
 * entry, and the list follows the URL through SWR and the JSON route, keeping the previous list
 * on screen while the next one loads.
 */
export function PublicationExplorer({ initialQuery, initialResult }: Props) {
  const searchParams = useSearchParams();
  const parsed = parseExplorerFilters(new URLSearchParams(searchParams.toString()));
  const urlFilters = parsed.ok ? parsed.filters : EMPTY_FILTERS;
  const urlQuery = serializeExplorerFilters(urlFilters);

  // Next.js applies a pushed URL in a transition, 100 to 200 ms later. Until the URL shows the
  // visitor's last choice, the explorer shows that choice, so a ticked box stays ticked and a
  // second quick choice builds on the first instead of on the stale URL.
  const [chosen, setChosen] = useState<ExplorerFilters | null>(null);
  if (chosen && serializeExplorerFilters(chosen) === urlQuery) {
    setChosen(null);
  }
  useEffect(() => {
    // Back and Forward move to a URL the visitor did not just choose; it wins.
    const forgetChoice = () => setChosen(null);
    window.addEventListener('popstate', forgetChoice);
    return () => window.removeEventListener('popstate', forgetChoice);
  }, []);
  const filters = chosen ?? urlFilters;
  const query = serializeExplorerFilters(filters);
  const valid = parsed.ok || chosen !== null;

  const interactive = useIsHydrated();

  // Cache the server's result under its URL. With `keepPreviousData`, SWR shows the previous list
  // rather than `fallbackData` when the back button returns to the first URL; a cached entry
  // is shown at once instead.
  const { mutate } = useSWRConfig();
  useEffect(() => {
    void mutate(explorerApiUrl(initialQuery), initialResult, { revalidate: false });
  }, [mutate, initialQuery, initialResult]);

  const { data, error, isValidating } = useSWR(
    valid ? explorerApiUrl(query) : null,
    fetchExplorerResult,
    {
      fallbackData: query === initialQuery ? initialResult : undefined,
      keepPreviousData: true,
      revalidateOnMount: false,
      revalidateOnFocus: false,
    },
  );
  const result = data ?? initialResult;

  const navigate = useCallback((next: ExplorerFilters, options?: { replace: boolean }) => {
    const nextQuery = serializeExplorerFilters(next);
    const url = nextQuery ? `/publications?${nextQuery}` : '/publications';
    setChosen(next);
    // Next.js keeps useSearchParams in step with the native History API (since 14.1).
    if (options?.replace) {
      window.history.replaceState(null, '', url);
    } else {
      window.history.pushState(null, '', url);
    }
  }, []);

  return (
    <div className="explorer">
      <FilterForm
        filters={filters}
        facets={result.facets}
        onChange={navigate}
        interactive={interactive}
      />
      <div className="explorer__results" aria-busy={isValidating}>
        <ResultSummary
          total={result.total}
          filters={result.filters}
          areaTitles={result.facets.areas}
          loading={isValidating}
          onClear={interactive ? () => navigate(EMPTY_FILTERS) : undefined}
        />
        {error ? (
          <p className="notice notice--error" role="alert">
            The list could not be updated, so it still shows the previous results. Check your
            connection and change a filter to try again.
          </p>
        ) : null}
        {result.unknownAreas.length > 0 ? (
          <p className="notice" role="alert">
            No research area is called “{result.unknownAreas.join('”, “')}”.
          </p>
        ) : null}
        {result.total === 0 ? (
          <EmptyState
            hasFilters={hasActiveFilters(result.filters)}
            onClear={interactive ? () => navigate(EMPTY_FILTERS) : undefined}
          />
        ) : (
          <PublicationYearGroups groups={result.groups} />
        )}
      </div>
    </div>
  );
}

const subscribeToNothing = () => () => {};

/** Returns false while rendering on the server and hydrating, and true after. */
function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
