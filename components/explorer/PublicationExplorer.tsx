'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import useSWR, { useSWRConfig } from 'swr';

import type { ExplorerResult } from '@/lib/content-types';
import {
  EMPTY_FILTERS,
  type ExplorerFilters,
  parseExplorerFilters,
  serializeExplorerFilters,
} from '@/lib/publication-filters';

import { ExplorerResults } from './ExplorerResults';
import { explorerApiUrl, fetchExplorerResult } from './fetch-explorer-result';
import { FilterForm } from './FilterForm';

type Props = {
  /** The serialized filters the server rendered `initialResult` for. */
  initialQuery: string;
  initialResult: ExplorerResult;
};

/**
 * Renders the publications explorer. The filters and the page live in the URL: a change pushes a
 * history entry, and the list follows the URL through SWR and the JSON route, keeping the previous
 * list on screen while the next one loads.
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
    setChosen(next);
    // Next.js keeps useSearchParams in step with the native History API (since 14.1).
    if (options?.replace) {
      window.history.replaceState(null, '', explorerHref(next));
    } else {
      window.history.pushState(null, '', explorerHref(next));
    }
  }, []);

  // After a page change, focus moves to the results heading once the new page is on screen, so
  // keyboard and screen reader users continue at the top of the list rather than at the nav.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusPendingFor = useRef<string | null>(null);
  const shownQuery = serializeExplorerFilters(result.filters);
  useEffect(() => {
    if (focusPendingFor.current === shownQuery) {
      focusPendingFor.current = null;
      resultsHeading.current?.focus();
    }
  }, [shownQuery]);

  // Any filter change starts the list again at its first page.
  const changeFilters = useCallback(
    (next: ExplorerFilters, options?: { replace: boolean }) => {
      focusPendingFor.current = null;
      navigate({ ...next, page: 1 }, options);
    },
    [navigate],
  );

  const changePage = useCallback(
    (page: number) => {
      const next = { ...result.filters, page };
      const nextQuery = serializeExplorerFilters(next);
      if (nextQuery === shownQuery) {
        resultsHeading.current?.focus();
        return;
      }
      focusPendingFor.current = nextQuery;
      navigate(next);
    },
    [result.filters, shownQuery, navigate],
  );

  return (
    <div className="explorer">
      <FilterForm
        filters={filters}
        facets={result.facets}
        onChange={changeFilters}
        interactive={interactive}
      />
      <ExplorerResults
        result={result}
        loading={isValidating}
        failed={Boolean(error)}
        headingRef={resultsHeading}
        hrefFor={(page) => explorerHref({ ...result.filters, page })}
        onPageChange={interactive ? changePage : undefined}
        onClear={interactive ? () => changeFilters(EMPTY_FILTERS) : undefined}
      />
    </div>
  );
}

/** Returns the explorer's URL for the filters and page. Page 1 without filters is /publications. */
function explorerHref(filters: ExplorerFilters): string {
  const query = serializeExplorerFilters(filters);
  return query ? `/publications?${query}` : '/publications';
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
