/** @jest-environment node */
import { tagsForDocumentType } from '@/sanity/lib/cache-tags';
import { getHonors, getMediaMentions } from '@/sanity/lib/content';
import { getAllPosts, getPost } from '@/sanity/lib/post-content';
import { getResearchArea, getResearchAreaOverviews } from '@/sanity/lib/research-content';

type RecordedFetch = { name: string; tags: readonly string[] };

const mockFetches: RecordedFetch[] = [];

// Records the tags each getter caches its result under; a by-slug query finds nothing.
jest.mock('@/sanity/lib/fetch', () => ({
  fetchContent: jest.fn(async (options: RecordedFetch) => {
    mockFetches.push({ name: options.name, tags: options.tags });
    return options.name.endsWith('BySlugQuery') ? null : [];
  }),
}));

/** Returns the tags the getter's queries were cached under. */
async function tagsOf(getter: () => Promise<unknown>): Promise<Set<string>> {
  mockFetches.length = 0;
  await getter();
  return new Set(mockFetches.flatMap((fetch) => fetch.tags));
}

describe('cache tags of the post, research, honor and media pages', () => {
  it.each([
    ['the posts page', () => getAllPosts(), ['post']],
    ['a post page', () => getPost('any'), ['post', 'researchArea', 'publication']],
    [
      'the research page',
      () => getResearchAreaOverviews(),
      ['researchArea', 'publication', 'post'],
    ],
    ['an area page', () => getResearchArea('any'), ['researchArea', 'publication', 'post']],
    ['the honors page', () => getHonors(), ['honor']],
    ['the media page', () => getMediaMentions(), ['mediaMention']],
  ])('refresh %s when a shown document type is published', async (_page, getter, types) => {
    const tags = await tagsOf(getter);
    expect(tags.size).toBeGreaterThan(0);
    for (const type of types) {
      const invalidated = tagsForDocumentType(type).filter((tag) => tags.has(tag));
      expect({ type, invalidated: invalidated.length > 0 }).toEqual({ type, invalidated: true });
    }
  });
});
