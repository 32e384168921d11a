/** @jest-environment node */
import path from 'node:path';

import type { PortableTextBlock } from '@/lib/content-types';
import { getAllPosts, getNewestPostSlugs, getPost } from '@/sanity/lib/post-content';
import {
  getResearchArea,
  getResearchAreaOverviews,
  getResearchAreaSlugs,
} from '@/sanity/lib/research-content';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'rich-post.ndjson');

function blockTypes(blocks: readonly PortableTextBlock[]): string[] {
  return blocks.map((block) => `${block._type}:${block._key}`);
}

describe('post getters over a rich fixture', () => {
  let warn: jest.SpyInstance;

  beforeAll(() => {
    process.env.LOCAL_DATASET_PATH = FIXTURE;
  });

  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => {
    warn.mockRestore();
  });

  afterAll(() => {
    delete process.env.LOCAL_DATASET_PATH;
  });

  it('lists dated posts newest first, then undated ones by title', async () => {
    const posts = await getAllPosts();
    expect(posts.map((post) => post.title)).toEqual([
      'A rich post',
      'An older post',
      'Alpha notes',
      'beta notes',
    ]);
    expect(posts[0]?.href).toBe('/posts/rich');
  });

  it('lists published slugs in page order', async () => {
    expect(await getNewestPostSlugs(10)).toEqual(['rich', 'older', 'alpha', 'beta']);
  });

  it('lists only the newest posts up to the limit', async () => {
    expect(await getNewestPostSlugs(2)).toEqual(['rich', 'older']);
  });

  it('returns null for an unknown or draft-only slug', async () => {
    expect(await getPost('no-such-post')).toBeNull();
    expect(await getPost('draft')).toBeNull();
  });

  it('maps the body and drops the image without an asset', async () => {
    const post = await getPost('rich');
    expect(post).not.toBeNull();
    expect(blockTypes(post?.body ?? [])).toEqual([
      'block:h',
      'block:p1',
      'block:li1',
      'block:li2',
      'code:c',
      'image:img',
      'videoEmbed:v1',
      'videoEmbed:v2',
      'chart:x',
    ]);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Skipped image pending in post-rich'),
    );
  });

  it('resolves the image with its crop applied', async () => {
    const post = await getPost('rich');
    const image = post?.body.find((block) => block._type === 'image');
    expect(image).toEqual({
      _type: 'image',
      _key: 'img',
      url: 'https://cdn.sanity.io/images/testproject/production/a1b2c3-1200x800.jpg?rect=300,80,600,640',
      alt: 'A cache hierarchy',
      width: 600,
      height: 640,
    });
  });

  it('keeps linkable areas and published related publications', async () => {
    const post = await getPost('rich');
    expect(post?.areas).toEqual([{ slug: 'systems', title: 'Systems' }]);
    expect(post?.relatedPublications.map((publication) => publication.href)).toEqual([
      '/publications/one',
    ]);
    expect(post?.externalUrl).toBe('https://example.org/article');
    expect(post?.date).toBe('2024-05-01');
  });

  it('estimates reading time from the body, else the summary', async () => {
    expect((await getPost('rich'))?.readingMinutes).toBe(1);
    expect((await getPost('beta'))?.readingMinutes).toBe(1);
    expect((await getPost('alpha'))?.readingMinutes).toBeNull();
  });
});

describe('research-area getters over a rich fixture', () => {
  beforeAll(() => {
    process.env.LOCAL_DATASET_PATH = FIXTURE;
  });

  afterAll(() => {
    delete process.env.LOCAL_DATASET_PATH;
  });

  it('lists areas in site order with published counts', async () => {
    const areas = await getResearchAreaOverviews();
    expect(
      areas.map((area) => [area.href, area.publicationCount, area.postCount, area.topics]),
    ).toEqual([
      ['/research/systems', 2, 2, ['Caches', 'Interconnects']],
      ['/research/learning', 1, 1, []],
      ['/research/empty', 0, 0, []],
    ]);
  });

  it('lists area slugs', async () => {
    expect(await getResearchAreaSlugs()).toEqual(['systems', 'learning', 'empty']);
  });

  it('groups an area publications by year and lists its posts', async () => {
    const area = await getResearchArea('systems');
    expect(area?.description).toBe('How hardware and software share work.');
    expect(area?.publicationCount).toBe(2);
    expect(area?.publicationGroups.map((group) => group.year)).toEqual([2022, 2020]);
    expect(area?.posts.map((post) => post.slug)).toEqual(['rich', 'alpha']);
  });

  it('returns null for an unknown area', async () => {
    expect(await getResearchArea('no-such-area')).toBeNull();
  });
});
