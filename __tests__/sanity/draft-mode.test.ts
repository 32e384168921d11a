/** @jest-environment node */
import path from 'node:path';

import { EMPTY_FILTERS } from '@/lib/publication-filters';
import { getExplorerResult, getProfile, getPublication } from '@/sanity/lib/content';

import { setDraftMode } from '../support/next-headers';

async function listedTitles() {
  const result = await getExplorerResult(EMPTY_FILTERS);
  return result.groups.flatMap((group) => group.publications.map((p) => p.title)).sort();
}

describe('draft isolation over a dataset with drafts', () => {
  beforeAll(() => {
    process.env.LOCAL_DATASET_PATH = path.join(__dirname, '..', 'fixtures', 'drafts.ndjson');
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => setDraftMode(false));

  afterAll(() => {
    delete process.env.LOCAL_DATASET_PATH;
    jest.restoreAllMocks();
  });

  it('shows published documents outside draft mode', async () => {
    expect(await listedTitles()).toEqual([
      'Learned systems',
      'Points at a deleted area',
      'Published title',
    ]);
    expect((await getProfile())?.name).toBe('Published Name');
    expect(await getPublication('unpublished')).toBeNull();
  });

  it('shows drafts in place of published documents in draft mode', async () => {
    setDraftMode(true);
    expect(await listedTitles()).toEqual([
      'Draft title',
      'Learned systems',
      'Never published',
      'Points at a deleted area',
    ]);
    expect((await getProfile())?.name).toBe('Draft Name');
    expect((await getPublication('unpublished'))?.title).toBe('Never published');
  });

  it('never shows release versions', async () => {
    setDraftMode(true);
    expect(await listedTitles()).not.toContain('Scheduled in a release');
    setDraftMode(false);
    expect(await listedTitles()).not.toContain('Scheduled in a release');
  });
});
