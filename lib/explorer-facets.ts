import type { ExplorerFacets, FacetOption, PublicationSummary, YearGroup } from './content-types';
import type { ExplorerFilters } from './publication-filters';
import { PUBLICATION_TYPE_VALUES, publicationTypeTitle } from './publication-types';

/** One publication reduced to the fields the facets count. */
export type FacetRow = { year: number; type: string | null; areaIds: readonly string[] };

export type FacetArea = { id: string; slug: string; title: string };

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
  const selectedAreaIds = new Set(
    areas.filter((area) => filters.areas.includes(area.slug)).map((area) => area.id),
  );
  const areaFilterActive = filters.areas.length > 0;

  const matchesArea = (row: FacetRow) =>
    !areaFilterActive || row.areaIds.some((id) => selectedAreaIds.has(id));
  const matchesYear = (row: FacetRow) =>
    filters.years.length === 0 || filters.years.includes(row.year);
  const matchesType = (row: FacetRow) =>
    filters.types.length === 0 || (filters.types as readonly (string | null)[]).includes(row.type);

  const areaCounts = new Map<string, number>();
  const yearCounts = new Map<number, number>();
  const typeCounts = new Map<string, number>();
  const yearsPresent = new Set<number>();

  for (const row of rows) {
    yearsPresent.add(row.year);
    const area = matchesArea(row);
    const year = matchesYear(row);
    const type = matchesType(row);

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

/** Groups publications by year, keeping the order they come in within each year. */
export function groupByYear(publications: readonly PublicationSummary[]): YearGroup[] {
  const groups = new Map<number, PublicationSummary[]>();
  for (const publication of publications) {
    const group = groups.get(publication.year);
    if (group) {
      group.push(publication);
    } else {
      groups.set(publication.year, [publication]);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, items]) => ({ year, publications: items }));
}

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
