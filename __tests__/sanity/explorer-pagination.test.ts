/** @jest-environment node */
import fc from 'fast-check';

import type { ExplorerResult } from '@/lib/content-types';
import { EXPLORER_PAGE_SIZE } from '@/lib/explorer-pagination';
import { EMPTY_FILTERS, type ExplorerFilters } from '@/lib/publication-filters';
import { PUBLICATION_TYPE_VALUES } from '@/lib/publication-types';
import { getExplorerResult } from '@/sanity/lib/content';

import { PAGED_PUBLICATION_COUNT, writePagedDataset } from '../support/paged-dataset';

// The explorer counts the matching publications from its facet rows and lists one page with the
// list query's slice. These tests walk every page of many filter combinations over a dataset
// with the awkward cases, and check that the pages hold exactly the publications counted.

let warn: jest.SpyInstance;

beforeAll(() => {
  process.env.LOCAL_DATASET_PATH = writePagedDataset();
  // The shared slug is reported once; this file checks what is listed, not the log.
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterAll(() => {
  delete process.env.LOCAL_DATASET_PATH;
  warn.mockRestore();
});

function idsOf(result: ExplorerResult): string[] {
  return result.groups.flatMap((group) => group.publications.map((publication) => publication.id));
}

/** Loads every page of the filters, and the first page past the end. */
async function walkPages(filters: ExplorerFilters) {
  const first = await getExplorerResult({ ...filters, page: 1 });
  const pages = [first];
  for (let page = 2; page <= first.pagination.pageCount; page += 1) {
    pages.push(await getExplorerResult({ ...filters, page }));
  }
  const pastEnd = await getExplorerResult({ ...filters, page: first.pagination.pageCount + 1 });
  return { first, pages, pastEnd };
}

const filtersArbitrary: fc.Arbitrary<ExplorerFilters> = fc.record({
  areas: fc.subarray(['a', 'b', 'c', 'untitled', 'unknown']),
  years: fc.subarray([2019, 2020, 2021, 2022, 2023, 2024, 2025]),
  types: fc.subarray([...PUBLICATION_TYPE_VALUES]),
  q: fc.constantFrom('', 'sparse', 'cache', 'spar cach', 'tied', 'no-such-word'),
  latestVersions: fc.boolean(),
  page: fc.constant(1),
});

describe('explorer pages over a generated dataset', () => {
  it('holds exactly the counted publications, each once, for any filters', async () => {
    await fc.assert(
      fc.asyncProperty(filtersArbitrary, async (filters) => {
        const { first, pages, pastEnd } = await walkPages(filters);
        const ids = pages.flatMap(idsOf);

        expect(ids).toHaveLength(first.total);
        expect(new Set(ids).size).toBe(ids.length);
        expect(first.pagination.pageCount).toBe(Math.ceil(first.total / EXPLORER_PAGE_SIZE));
        for (const [index, page] of pages.entries()) {
          expect(page.total).toBe(first.total);
          const expectedSize =
            index < pages.length - 1
              ? EXPLORER_PAGE_SIZE
              : first.total - index * EXPLORER_PAGE_SIZE;
          expect(idsOf(page)).toHaveLength(expectedSize);
        }
        expect(idsOf(pastEnd)).toEqual([]);
        expect(pastEnd.pagination.range).toBeNull();
      }),
      { numRuns: 60, seed: 7 },
    );
  }, 120_000);

  it('splits the unfiltered list into four pages in one order', async () => {
    const { first, pages } = await walkPages(EMPTY_FILTERS);
    // Every generated publication and the journal version are listed. The draft, the one
    // without a slug and the one with a shared slug are not.
    expect(first.total).toBe(PAGED_PUBLICATION_COUNT + 1);
    expect(pages.map((page) => page.pagination.range)).toEqual([
      { first: 1, last: 50 },
      { first: 51, last: 100 },
      { first: 101, last: 150 },
      { first: 151, last: 171 },
    ]);

    const years = pages.flatMap((page) =>
      page.groups.flatMap((group) => group.publications.map((publication) => publication.year)),
    );
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const ids = pages.flatMap(idsOf);
    expect(ids).not.toContain('publication-zz-shared-slug');
    expect(ids).not.toContain('publication-no-slug');
  });

  it('gives a year that continues from the previous page its heading', async () => {
    const { pages } = await walkPages(EMPTY_FILTERS);

    for (const [index, page] of pages.entries()) {
      const firstGroup = page.groups[0];
      const previousGroups = pages[index - 1]?.groups ?? [];
      const previousYear = previousGroups[previousGroups.length - 1]?.year;
      expect(firstGroup?.continued).toBe(firstGroup?.year === previousYear);
      for (const group of page.groups.slice(1)) {
        expect(group.continued).toBe(false);
      }
    }
    // 171 publications over six years: page 2 begins inside a year.
    expect(pages[1]?.groups[0]?.continued).toBe(true);
  });

  it('counts each year heading over the whole list', async () => {
    const { pages } = await walkPages(EMPTY_FILTERS);
    const listed = new Map<number, number>();
    for (const group of pages.flatMap((page) => page.groups)) {
      listed.set(group.year, (listed.get(group.year) ?? 0) + group.publications.length);
    }

    for (const group of pages.flatMap((page) => page.groups)) {
      expect(group.yearTotal).toBe(listed.get(group.year));
    }
  });

  it('lists one entry per work on every page with versions=latest', async () => {
    const { first, pages } = await walkPages({ ...EMPTY_FILTERS, latestVersions: true });
    const ids = pages.flatMap(idsOf);

    expect(first.total).toBe(PAGED_PUBLICATION_COUNT);
    expect(ids).toContain('publication-journal-of-011');
    expect(ids).not.toContain('publication-011');
  });
});
