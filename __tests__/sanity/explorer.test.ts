/** @jest-environment node */
import path from 'node:path';

import type { ExplorerResult } from '@/lib/content-types';
import { EMPTY_FILTERS, type ExplorerFilters } from '@/lib/publication-filters';
import {
  getExplorerResult,
  getNewestPublicationSlugs,
  getProfile,
  getResearchAreas,
} from '@/sanity/lib/content';

import { readHomepageFacts } from '../support/homepage-text';

const facts = readHomepageFacts();

function titles(result: ExplorerResult): string[] {
  return result.groups
    .flatMap((group) => group.publications.map((publication) => publication.title))
    .sort();
}

function explore(filters: Partial<ExplorerFilters>): Promise<ExplorerResult> {
  return getExplorerResult({ ...EMPTY_FILTERS, ...filters });
}

describe('explorer over the bundled dataset', () => {
  beforeAll(() => {
    delete process.env.LOCAL_DATASET_PATH;
  });

  it('lists every publication, newest year first', async () => {
    const result = await explore({});
    expect(result.total).toBe(facts.publications.length);
    const years = result.groups.map((group) => group.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('returns the publications of each research area', async () => {
    const areas = await getResearchAreas();
    expect(areas).toHaveLength(facts.sections.length);

    for (const [index, area] of areas.entries()) {
      const section = facts.sections[index];
      const expected = facts.publications
        .filter((item) => item.section === section)
        .map((item) => item.title);
      const result = await explore({ areas: [area.slug] });
      expect(titles(result)).toEqual(expected.sort());
    }
  });

  it('combines several areas as any of them', async () => {
    const result = await explore({ areas: ['foundational-models', 'computer-architecture'] });
    const expected = facts.publications
      .filter(
        (item) =>
          item.section === 'Foundational Models' || item.section === 'Computer Architecture',
      )
      .map((item) => item.title);
    expect(titles(result)).toEqual(expected.sort());
  });

  it('combines different filters as all of them', async () => {
    const result = await explore({
      areas: ['computer-architecture'],
      years: [2023],
      types: ['conference'],
    });
    const expected = facts.publications
      .filter((item) => item.section === 'Computer Architecture' && item.year === 2023)
      .filter((item) => item.venue !== 'Global OCP Summit')
      .map((item) => item.title);
    expect(titles(result)).toEqual(expected.sort());
    expect(expected).toHaveLength(3);
  });

  it('filters by type', async () => {
    const result = await explore({ types: ['preprint'] });
    const expected = facts.publications
      .filter((item) => item.venue === 'arXiv')
      .map((item) => item.title);
    expect(titles(result)).toEqual(expected.sort());
  });

  it('matches search words as prefixes of title and venue words', async () => {
    const result = await explore({ q: 'spars quant' });
    expect(titles(result)).toEqual([
      'Effective Interplay between Sparsity and Quantization: From Theory to Practice',
      'USM-Lite: Quantization and Sparsity Aware Fine-tuning for Speech Recognition with Universal Speech Models',
    ]);

    const byVenue = await explore({ q: 'asplos' });
    const expected = facts.publications
      .filter((item) => item.venue === 'ASPLOS')
      .map((item) => item.title);
    expect(titles(byVenue)).toEqual(expected.sort());
  });

  it('counts each facet under the other filters only', async () => {
    const result = await explore({ areas: ['computer-architecture'], years: [2023] });
    const inArea = facts.publications.filter((item) => item.section === 'Computer Architecture');
    const in2023 = facts.publications.filter((item) => item.year === 2023);

    const yearCount = (year: string) =>
      result.facets.years.find((option) => option.value === year)?.count;
    expect(yearCount('2023')).toBe(inArea.filter((item) => item.year === 2023).length);
    expect(yearCount('2018')).toBe(inArea.filter((item) => item.year === 2018).length);

    const areaCount = (slug: string) =>
      result.facets.areas.find((option) => option.value === slug)?.count;
    expect(areaCount('foundational-models')).toBe(
      in2023.filter((item) => item.section === 'Foundational Models').length,
    );
    expect(
      result.facets.areas.filter((option) => option.selected).map((option) => option.value),
    ).toEqual(['computer-architecture']);
  });

  it('matches nothing for an unknown area and reports it', async () => {
    const result = await explore({ areas: ['no-such-area'] });
    expect(result.total).toBe(0);
    expect(result.unknownAreas).toEqual(['no-such-area']);
  });
});

describe('explorer over a dataset with drafts', () => {
  beforeAll(() => {
    process.env.LOCAL_DATASET_PATH = path.join(__dirname, '..', 'fixtures', 'drafts.ndjson');
  });

  afterAll(() => {
    delete process.env.LOCAL_DATASET_PATH;
  });

  // First in this block: the warning is logged once per process. The build lists the slugs, and
  // that is where a publication the lists leave out is reported.
  it('skips a publication without a title and warns once', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);

    const first = await explore({});
    await explore({});
    const slugs = await getNewestPublicationSlugs(100);
    await getNewestPublicationSlugs(100);

    expect(first.groups.flatMap((group) => group.publications).map((p) => p.slug)).not.toContain(
      'untitled',
    );
    expect(slugs).not.toContain('untitled');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('publication-untitled');
    warn.mockRestore();
  });

  it('shows published documents only', async () => {
    const result = await explore({});
    expect(titles(result)).toEqual([
      'Learned systems',
      'Points at a deleted area',
      'Published title',
    ]);
  });

  it('drops a reference to a deleted research area', async () => {
    const result = await explore({});
    const dangling = result.groups
      .flatMap((group) => group.publications)
      .find((p) => p.slug === 'dangling');
    expect(dangling?.areas).toEqual([]);
  });

  it('reads the published profile, not its draft', async () => {
    const profile = await getProfile();
    expect(profile?.name).toBe('Published Name');
  });

  it('finds a published title by search text', async () => {
    const result = await explore({ q: 'published title' });
    expect(titles(result)).toEqual(['Published title']);
  });

  it.each([
    '"] | *[_type == "profile"]{email}',
    '*',
    '") || true || ("',
    "' OR 1 == 1 --",
    '$search',
    'drafts.publication-one',
    'Draft title',
    'Never published',
    'x'.repeat(200),
    '草稿 черновик مسودة',
  ])('keeps drafts and other types out for search text %j', async (q) => {
    const result = await explore({ q, areas: ['systems'] });
    const found = result.groups.flatMap((group) => group.publications);
    for (const publication of found) {
      expect(['publication-one', 'publication-two']).toContain(publication.id);
      expect(publication.title).not.toMatch(/Draft|Never published/);
    }
    expect(JSON.stringify(result)).not.toContain('published@example.org');
  });
});
