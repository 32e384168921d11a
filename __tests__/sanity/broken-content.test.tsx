/** @jest-environment node */
import path from 'node:path';

import { renderToStaticMarkup } from 'react-dom/server';

import { PublicationCard } from '@/components/publications/PublicationCard';
import { EMPTY_FILTERS } from '@/lib/publication-filters';
import {
  getExplorerResult,
  getHonors,
  getMediaMentions,
  getNewestPublicationSlugs,
  getPosts,
  getProfile,
  getPublication,
} from '@/sanity/lib/content';

let warnings: jest.SpyInstance;

beforeAll(() => {
  process.env.LOCAL_DATASET_PATH = path.join(__dirname, '..', 'fixtures', 'broken.ndjson');
  warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterAll(() => {
  delete process.env.LOCAL_DATASET_PATH;
  warnings.mockRestore();
});

function warnedIds(): string[] {
  return warnings.mock.calls.flatMap(([message]) => {
    const id = /Skipped document (\S+):/.exec(String(message))?.[1];
    return id ? [id] : [];
  });
}

describe('a dataset with broken documents', () => {
  it('lists every sound publication and one per shared slug', async () => {
    const result = await getExplorerResult(EMPTY_FILTERS);
    const titles = result.groups.flatMap((group) => group.publications.map((p) => p.title));

    expect(titles).toEqual([
      'A sound publication',
      'Points at a deleted area',
      'First with the slug',
      '<img src=x onerror=alert(1)> Robust caches',
    ]);
    expect(result.total).toBe(4);
  });

  it('gives one page per slug, the same publication the list shows', async () => {
    expect((await getNewestPublicationSlugs(100)).sort()).toEqual([
      'dangling',
      'good',
      'markup',
      'same-slug',
    ]);
    expect((await getPublication('same-slug'))?.title).toBe('First with the slug');
    expect(await getPublication('no-title')).toBeNull();
  });

  it('warns once for each skipped document, by its _id', async () => {
    await getExplorerResult(EMPTY_FILTERS);
    await getNewestPublicationSlugs(100);

    expect(warnedIds().sort()).toEqual([
      'publication-no-slug',
      'publication-no-title',
      'publication-no-year',
      'publication-same-slug-b',
    ]);
  });

  it('drops a reference to a deleted research area and keeps the others', async () => {
    const publication = await getPublication('dangling');

    expect(publication?.areas).toEqual([{ slug: 'systems', title: 'Systems' }]);
  });

  it('drops javascript: and data: links and keeps https ones', async () => {
    const publication = await getPublication('good');
    const media = await getMediaMentions();

    expect(publication?.links.map((link) => link.url)).toEqual(['https://example.org/talk']);
    expect(media).toEqual([
      expect.objectContaining({ headline: 'Coverage with a bad link', url: null }),
    ]);
  });

  it('renders markup in text as text', async () => {
    const publication = await getPublication('markup');
    if (!publication) throw new Error('the markup publication is missing');

    const html = renderToStaticMarkup(<PublicationCard publication={publication} />);

    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; Robust caches');
    expect(html).toContain('&lt;b&gt;Bold&lt;/b&gt; Workshop');
    expect((await getProfile())?.name).toBe('Ada <script>alert(1)</script> Example');
  });

  it('leaves out honors and posts without a title or slug', async () => {
    expect((await getHonors()).map((honor) => honor.title)).toEqual(['Best Paper']);
    expect((await getPosts(10)).map((post) => post.title)).toEqual(['A sound post']);
  });
});
