import type { Ref } from 'react';

import { PublicationYearGroups } from '@/components/publications/PublicationYearGroups';
import type { ExplorerResult } from '@/lib/content-types';
import { isPastEnd } from '@/lib/explorer-pagination';
import { hasActiveFilters } from '@/lib/publication-filters';

import { EmptyState } from './EmptyState';
import { Pagination } from './Pagination';
import { PastEndNotice } from './PastEndNotice';
import { ResultSummary } from './ResultSummary';

type Props = {
  /** The result on screen, which may lag behind the URL while the next one loads. */
  result: ExplorerResult;
  loading: boolean;
  /** Whether loading the result for the current URL failed. */
  failed: boolean;
  /** The visually hidden results heading, which takes focus after a page change. */
  headingRef: Ref<HTMLHeadingElement>;
  /** Returns the URL of a page of the list on screen, with its filters. */
  hrefFor: (page: number) => string;
  /** Shows a page in place. Without it, page links load their URL. */
  onPageChange?: ((page: number) => void) | undefined;
  /** Clears the filters in place. Without it, the clear links load /publications. */
  onClear?: (() => void) | undefined;
};

/** Renders one page of the explorer's results: summary, notices, the list and its pages. */
export function ExplorerResults({
  result,
  loading,
  failed,
  headingRef,
  hrefFor,
  onPageChange,
  onClear,
}: Props) {
  const { pagination } = result;

  return (
    <div className="explorer__results" aria-busy={loading}>
      <h2 id="explorer-results-heading" className="visually-hidden" tabIndex={-1} ref={headingRef}>
        {pagination.pageCount > 1 && !isPastEnd(pagination)
          ? `Results, page ${pagination.page} of ${pagination.pageCount}`
          : 'Results'}
      </h2>
      <ResultSummary
        total={result.total}
        pagination={pagination}
        filters={result.filters}
        areaTitles={result.facets.areas}
        loading={loading}
        onClear={onClear}
      />
      {failed ? (
        <p className="notice notice--error" role="alert">
          The list could not be updated, so it still shows the previous results. Check your
          connection and change a filter or page to try again.
        </p>
      ) : null}
      {result.unknownAreas.length > 0 ? (
        <p className="notice" role="alert">
          No research area is called “{result.unknownAreas.join('”, “')}”.
        </p>
      ) : null}
      <ResultList result={result} hrefFor={hrefFor} onPageChange={onPageChange} onClear={onClear} />
      <Pagination pagination={pagination} hrefFor={hrefFor} onPageChange={onPageChange} />
    </div>
  );
}

/** Renders the page's publications, or a message explaining why there are none. */
function ResultList({
  result,
  hrefFor,
  onPageChange,
  onClear,
}: Pick<Props, 'result' | 'hrefFor' | 'onPageChange' | 'onClear'>) {
  if (result.total === 0) {
    return <EmptyState hasFilters={hasActiveFilters(result.filters)} onClear={onClear} />;
  }
  if (isPastEnd(result.pagination)) {
    return (
      <PastEndNotice
        total={result.total}
        pagination={result.pagination}
        hrefFor={hrefFor}
        onPageChange={onPageChange}
      />
    );
  }
  return <PublicationYearGroups groups={result.groups} />;
}
