/** @jest-environment node */
import path from 'node:path';

import type { ExplorerResult } from '@/lib/content-types';
import { EMPTY_FILTERS } from '@/lib/publication-filters';
import { getExplorerResult, getPublication } from '@/sanity/lib/content';

function slugs(result: ExplorerResult): string[] {
  return result.groups.flatMap((group) => group.publications.map((p) => p.slug)).sort();
}

describe('version lineage over a fixture dataset', () => {
  beforeAll(() => {
    process.env.LOCAL_DATASET_PATH = path.join(__dirname, '..', 'fixtures', 'versions.ndjson');
  });

  afterAll(() => {
    delete process.env.LOCAL_DATASET_PATH;
  });

  it('lists every version by default', async () => {
    const result = await getExplorerResult(EMPTY_FILTERS);
    expect(result.total).toBe(8);
  });

  it('keeps the most final version of each work', async () => {
    const result = await getExplorerResult({ ...EMPTY_FILTERS, latestVersions: true });
    expect(slugs(result)).toEqual(['alone', 'chain-conference', 'links-draft', 'sparse-micro']);
    expect(result.total).toBe(4);
  });

  it('counts facets over the kept versions', async () => {
    const result = await getExplorerResult({ ...EMPTY_FILTERS, latestVersions: true });
    const types = Object.fromEntries(result.facets.types.map((type) => [type.value, type.count]));
    expect(types).toEqual({ conference: 1, journal: 1, preprint: 1, workshop: 1 });
  });

  it('combines with the type filter', async () => {
    const result = await getExplorerResult({
      ...EMPTY_FILTERS,
      types: ['preprint'],
      latestVersions: true,
    });
    expect(slugs(result)).toEqual(['alone']);
  });

  it('shows linked versions in both directions on the page', async () => {
    const isca = await getPublication('sparse-isca');
    expect(isca?.versions.map((version) => version.label)).toEqual([
      'preprint (arXiv 2023)',
      'journal (IEEE Micro 2025)',
    ]);
    expect(isca?.versions.map((version) => version.href)).toEqual([
      '/publications/sparse-preprint',
      '/publications/sparse-micro',
    ]);
  });

  it('leaves out a version that is only a draft', async () => {
    const publication = await getPublication('links-draft');
    expect(publication?.versions).toEqual([]);
  });
});
