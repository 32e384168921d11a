/** @jest-environment node */
import { EMPTY_FILTERS } from '@/lib/publication-filters';
import { getExplorerResult } from '@/sanity/lib/content';
import { AREA_PUBLICATION_LIMIT, getResearchArea } from '@/sanity/lib/research-content';

import { writePagedDataset } from '../support/paged-dataset';

let warn: jest.SpyInstance;

beforeAll(() => {
  process.env.LOCAL_DATASET_PATH = writePagedDataset();
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterAll(() => {
  delete process.env.LOCAL_DATASET_PATH;
  warn.mockRestore();
});

describe('research area page over a large area', () => {
  it('lists the newest publications and counts all of them', async () => {
    const area = await getResearchArea('a');
    if (!area) throw new Error('area "a" is missing from the paged dataset');

    expect(AREA_PUBLICATION_LIMIT).toBe(50);
    expect(area.publicationCount).toBe(74);
    expect(area.listedPublicationCount).toBe(50);
    const listed = area.publicationGroups.flatMap((group) => group.publications);
    expect(listed).toHaveLength(50);
    const years = listed.map((publication) => publication.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('counts the same publications as the explorer filtered to the area', async () => {
    const area = await getResearchArea('a');
    const explorer = await getExplorerResult({ ...EMPTY_FILTERS, areas: ['a'] });

    expect(area?.publicationCount).toBe(explorer.total);
    expect(area?.publicationGroups.flatMap((group) => group.publications)).toEqual(
      explorer.groups.flatMap((group) => group.publications),
    );
  });

  it('counts each year heading over all the area’s publications', async () => {
    const area = await getResearchArea('a');
    const explorerPages = await Promise.all(
      [1, 2].map((page) => getExplorerResult({ ...EMPTY_FILTERS, areas: ['a'], page })),
    );
    const perYear = new Map<number, number>();
    for (const publication of explorerPages.flatMap((result) =>
      result.groups.flatMap((group) => group.publications),
    )) {
      perYear.set(publication.year, (perYear.get(publication.year) ?? 0) + 1);
    }

    for (const group of area?.publicationGroups ?? []) {
      expect(group.yearTotal).toBe(perYear.get(group.year));
      expect(group.continued).toBe(false);
    }
    const last = area?.publicationGroups.at(-1);
    // The oldest listed year continues past the 50 listed publications.
    expect(last?.publications.length).toBeLessThan(last?.yearTotal ?? 0);
  });
});
