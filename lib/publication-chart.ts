import type { ChartSeries, ChartYear, PublicationChartData } from './content-types';
import { serializeExplorerFilters } from './publication-filters';

/** One publication as the chart counts it. */
export type ChartRow = { year: number; areaSlugs: readonly string[] };

export type ChartArea = { slug: string; title: string };

/** Number of chart colors in globals.css (`--chart-1` …). The last is kept for publications without an area. */
export const CHART_PALETTE_SIZE = 6;

const NO_AREA_LABEL = 'No research area';

/**
 * Counts publications per year and research area for the chart. A publication counts once in
 * each of its areas, so a stack can be taller than the year's distinct total. With `scope`, the
 * chart shows only that area's publications and its links keep the area filter.
 */
export function buildPublicationChart(
  rows: readonly ChartRow[],
  areas: readonly ChartArea[],
  scope: ChartArea | null = null,
): PublicationChartData {
  const scopedRows = scope ? rows.filter((row) => row.areaSlugs.includes(scope.slug)) : rows;
  const shownAreas = scope ? [scope] : areas;
  const knownSlugs = new Set(shownAreas.map((area) => area.slug));
  const hasUnassigned = scopedRows.some(
    (row) => !row.areaSlugs.some((slug) => knownSlugs.has(slug)),
  );

  const series: ChartSeries[] = shownAreas.map((area, index) => ({
    slug: area.slug,
    label: area.title,
    href: explorerHref([area.slug], null),
    color: (index % (CHART_PALETTE_SIZE - 1)) + 1,
  }));
  if (hasUnassigned) {
    series.push({ slug: null, label: NO_AREA_LABEL, href: null, color: CHART_PALETTE_SIZE });
  }

  if (scopedRows.length === 0) {
    return { series, years: [], maxStack: 0 };
  }

  const seriesIndex = new Map(series.map((item, index) => [item.slug, index]));
  const firstYear = Math.min(...scopedRows.map((row) => row.year));
  const lastYear = Math.max(...scopedRows.map((row) => row.year));
  const years: ChartYear[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    years.push({ year, counts: series.map(() => 0), total: 0, href: null });
  }

  for (const row of scopedRows) {
    const entry = years[row.year - firstYear];
    if (!entry) continue;
    entry.total += 1;

    const indexes = row.areaSlugs.flatMap((slug) => seriesIndex.get(slug) ?? []);
    const unassigned = seriesIndex.get(null);
    for (const index of indexes.length > 0 ? new Set(indexes) : [unassigned]) {
      if (index !== undefined) entry.counts[index] = (entry.counts[index] ?? 0) + 1;
    }
  }

  const scopeSlugs = scope ? [scope.slug] : [];
  for (const entry of years) {
    entry.href = entry.total > 0 ? explorerHref(scopeSlugs, entry.year) : null;
  }

  return { series, years, maxStack: Math.max(...years.map((entry) => sum(entry.counts))) };
}

/** Returns the scale's step and top for a stack of `max`, with at most five steps. */
export function chartScale(max: number): { step: number; top: number } {
  if (max <= 0) {
    return { step: 1, top: 1 };
  }
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const found = [1, 2, 5].map((factor) => factor * magnitude).find((size) => max / size <= 5);
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  return { step, top: Math.ceil(max / step) * step };
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function explorerHref(areas: string[], year: number | null): string {
  const query = serializeExplorerFilters({
    areas,
    years: year === null ? [] : [year],
    types: [],
    q: '',
    latestVersions: false,
    page: 1,
  });
  return `/publications?${query}`;
}
