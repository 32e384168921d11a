import type { ExplorerFacets, FacetOption } from './content-types';
import type { ExplorerFilters } from './publication-filters';
import { PUBLICATION_TYPE_VALUES, publicationTypeTitle } from './publication-types';

/** One publication reduced to the fields the facets count. */
export type FacetRow = { year: number; type: string | null; areaIds: readonly string[] };

export type FacetArea = { id: string; slug: string; title: string };

type RowTest = (row: FacetRow) => boolean;

/**
 * Builds one test per facet filter. Each mirrors a clause of the filter in
 * `explorerPublicationsQuery`, so a row passes all three exactly when the list query returns its
 * publication. `__tests__/sanity/explorer-pagination.test.ts` checks that the two agree. An area
 * slug that names no research area selects no id, so an area filter of unknown slugs matches
 * nothing, as in the query.
 */
function facetTests(
  areas: readonly FacetArea[],
  filters: ExplorerFilters,
): { area: RowTest; year: RowTest; type: RowTest } {
  const selectedAreaIds = new Set(
    areas.filter((area) => filters.areas.includes(area.slug)).map((area) => area.id),
  );
  const areaFilterActive = filters.areas.length > 0;
  const types: readonly (string | null)[] = filters.types;

  return {
    area: (row) => !areaFilterActive || row.areaIds.some((id) => selectedAreaIds.has(id)),
    year: (row) => filters.years.length === 0 || filters.years.includes(row.year),
    type: (row) => types.length === 0 || types.includes(row.type),
  };
}

/**
 * Selects the rows that pass every filter: the publications the explorer lists, over all pages.
 * The query that returns `rows` has already applied the text search and the hidden ids.
 */
export function selectMatchingRows(
  rows: readonly FacetRow[],
  areas: readonly FacetArea[],
  filters: ExplorerFilters,
): FacetRow[] {
  const test = facetTests(areas, filters);
  return rows.filter((row) => test.area(row) && test.year(row) && test.type(row));
}

/**
 * Counts publications per research area, year and type. Each facet's counts apply every active
 * filter except its own, so a count is the number of publications with that value under the
 * other filters. The query that returns `rows` has already applied the text search.
 */
export function countFacets(
  rows: readonly FacetRow[],
  areas: readonly FacetArea[],
  filters: ExplorerFilters,
): ExplorerFacets {
  const test = facetTests(areas, filters);

  const areaCounts = new Map<string, number>();
  const yearCounts = new Map<number, number>();
  const typeCounts = new Map<string, number>();
  const yearsPresent = new Set<number>();

  for (const row of rows) {
    yearsPresent.add(row.year);
    const area = test.area(row);
    const year = test.year(row);
    const type = test.type(row);

    if (year && type) {
      for (const id of new Set(row.areaIds)) increment(areaCounts, id);
    }
    if (area && type) increment(yearCounts, row.year);
    if (area && year && row.type !== null) increment(typeCounts, row.type);
  }

  for (const year of filters.years) yearsPresent.add(year);

  return {
    areas: areas.map((area) => ({
      value: area.slug,
      label: area.title,
      count: areaCounts.get(area.id) ?? 0,
      selected: filters.areas.includes(area.slug),
    })),
    years: [...yearsPresent]
      .sort((a, b) => b - a)
      .map((year) => ({
        value: String(year),
        label: String(year),
        count: yearCounts.get(year) ?? 0,
        selected: filters.years.includes(year),
      })),
    types: PUBLICATION_TYPE_VALUES.filter(
      (type) => typeCounts.has(type) || filters.types.includes(type),
    ).map(
      (type): FacetOption => ({
        value: type,
        label: publicationTypeTitle(type),
        count: typeCounts.get(type) ?? 0,
        selected: filters.types.includes(type),
      }),
    ),
  };
}

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
