import type { PublicationSummary, YearGroup } from './content-types';

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
    .map(([year, items]) => ({
      year,
      publications: items,
      yearTotal: items.length,
      continued: false,
    }));
}

/**
 * Groups one slice of a list ordered by year, newest first. `yearCounts` is the number of
 * publications of each year in the whole list, and `start` the slice's 0-based position in it.
 * From them each group gets its year's total, and whether the year began before the slice.
 */
export function groupSliceByYear(
  publications: readonly PublicationSummary[],
  yearCounts: ReadonlyMap<number, number>,
  start: number,
): YearGroup[] {
  return groupByYear(publications).map((group) => {
    let newer = 0;
    for (const [year, count] of yearCounts) {
      if (year > group.year) newer += count;
    }
    return {
      ...group,
      yearTotal: yearCounts.get(group.year) ?? group.publications.length,
      continued: start > newer,
    };
  });
}

/** Counts the occurrences of each year. */
export function countByYear(years: Iterable<number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const year of years) {
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}
