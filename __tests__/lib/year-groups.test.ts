import type { PublicationSummary } from '@/lib/content-types';
import { countByYear, groupByYear, groupSliceByYear } from '@/lib/year-groups';

const publication = (id: string, year: number) => ({ id, year }) as PublicationSummary;

function describeGroups(groups: ReturnType<typeof groupByYear>) {
  return groups.map((group) => ({
    year: group.year,
    ids: group.publications.map((item) => item.id),
    yearTotal: group.yearTotal,
    continued: group.continued,
  }));
}

describe('groupByYear', () => {
  it('groups by year, newest first, keeping order within a year', () => {
    const groups = groupByYear([
      publication('x', 2022),
      publication('y', 2024),
      publication('z', 2022),
    ]);
    expect(describeGroups(groups)).toEqual([
      { year: 2024, ids: ['y'], yearTotal: 1, continued: false },
      { year: 2022, ids: ['x', 'z'], yearTotal: 2, continued: false },
    ]);
  });
});

describe('groupSliceByYear', () => {
  // The whole list: 3 of 2024 (positions 0-2), 4 of 2023 (3-6), 2 of 2022 (7-8).
  const yearCounts = new Map([
    [2024, 3],
    [2023, 4],
    [2022, 2],
  ]);

  it('marks a year that began before the slice as continued', () => {
    // Positions 5 to 7: the last two of 2023 and the first of 2022.
    const groups = groupSliceByYear(
      [publication('c', 2023), publication('d', 2023), publication('e', 2022)],
      yearCounts,
      5,
    );
    expect(describeGroups(groups)).toEqual([
      { year: 2023, ids: ['c', 'd'], yearTotal: 4, continued: true },
      { year: 2022, ids: ['e'], yearTotal: 2, continued: false },
    ]);
  });

  it('does not mark a year that begins exactly at the slice', () => {
    const groups = groupSliceByYear([publication('a', 2023)], yearCounts, 3);
    expect(describeGroups(groups)).toEqual([
      { year: 2023, ids: ['a'], yearTotal: 4, continued: false },
    ]);
  });

  it('gives the first slice whole-list totals and no continued year', () => {
    const groups = groupSliceByYear(
      [publication('a', 2024), publication('b', 2024), publication('c', 2024)],
      yearCounts,
      0,
    );
    expect(describeGroups(groups)).toEqual([
      { year: 2024, ids: ['a', 'b', 'c'], yearTotal: 3, continued: false },
    ]);
  });

  it('falls back to the group size for a year missing from the counts', () => {
    const groups = groupSliceByYear([publication('a', 1999)], yearCounts, 9);
    expect(groups[0]?.yearTotal).toBe(1);
  });
});

describe('countByYear', () => {
  it('counts each year', () => {
    expect([...countByYear([2024, 2023, 2024])]).toEqual([
      [2024, 2],
      [2023, 1],
    ]);
  });
});
