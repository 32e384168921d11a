import type { ExplorerPagination, FacetOption } from '@/lib/content-types';
import { formatInteger } from '@/lib/plural';
import { type ExplorerFilters, hasActiveFilters } from '@/lib/publication-filters';
import { publicationTypeTitle } from '@/lib/publication-types';

import { ClearFiltersLink } from './EmptyState';

type Props = {
  total: number;
  pagination: ExplorerPagination;
  filters: ExplorerFilters;
  areaTitles: readonly FacetOption[];
  loading: boolean;
  onClear?: (() => void) | undefined;
};

/**
 * Renders the result count and the active filters in words. Screen readers announce changes.
 * When the list fills several pages, the count gives the positions on this page: "51–100 of
 * 10,000 publications".
 */
export function ResultSummary({ total, pagination, filters, areaTitles, loading, onClear }: Props) {
  const areaNames = filters.areas.map(
    (slug) => areaTitles.find((area) => area.value === slug)?.label ?? slug,
  );
  const typeNames = filters.types.map((type) => publicationTypeTitle(type).toLowerCase());
  const parts = [
    typeNames.length > 0 ? `of type ${typeNames.join(' or ')}` : null,
    areaNames.length > 0 ? `in ${areaNames.join(' or ')}` : null,
    filters.years.length > 0 ? `from ${filters.years.join(' or ')}` : null,
    filters.q ? `matching “${filters.q}”` : null,
    filters.latestVersions ? 'one version per work' : null,
  ].filter((part) => part !== null);

  return (
    <div className="result-summary">
      <p role="status" aria-live="polite">
        {pagination.pageCount > 1 && pagination.range ? (
          <>
            <strong>
              {formatInteger(pagination.range.first)}–{formatInteger(pagination.range.last)}
            </strong>{' '}
            of{' '}
          </>
        ) : null}
        <strong>{formatInteger(total)}</strong> {total === 1 ? 'publication' : 'publications'}
        {parts.length > 0 ? ` ${parts.join(', ')}` : ''}
        {loading ? <span className="result-summary__loading"> · updating…</span> : null}
      </p>
      {hasActiveFilters(filters) ? (
        <ClearFiltersLink onClear={onClear}>Clear all filters</ClearFiltersLink>
      ) : null}
    </div>
  );
}
