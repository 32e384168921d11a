/** @jest-environment node */
import { getNewestPublicationSlugs } from '@/sanity/lib/content';

describe('getNewestPublicationSlugs over the bundled dataset', () => {
  beforeAll(() => {
    delete process.env.LOCAL_DATASET_PATH;
  });

  it('returns the newest first, up to the limit', async () => {
    expect(await getNewestPublicationSlugs(3)).toEqual([
      'the-journey-matters',
      'coderosetta',
      'dacapo',
    ]);
  });

  it('returns every publication under a larger limit', async () => {
    const slugs = await getNewestPublicationSlugs(1000);

    expect(slugs).toHaveLength(34);
    expect(new Set(slugs).size).toBe(34);
  });
});
