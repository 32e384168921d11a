/** @jest-environment node */
import { documentsOfType, readBundledDocuments } from '@/__tests__/support/bundled-dataset';
import robots from '@/app/robots';
import sitemap from '@/app/sitemap';
import { DEVELOPMENT_SITE_URL } from '@/lib/site-url';

const documents = readBundledDocuments();

function slugsOf(type: string): string[] {
  return documentsOfType(documents, type).map((document) => {
    const slug = document.slug as { current: string } | undefined;
    if (!slug) throw new Error(`Bundled ${type} ${document._id} has no slug`);
    return slug.current;
  });
}

describe('sitemap', () => {
  it('lists every public page as an absolute URL', async () => {
    const urls = (await sitemap()).map((entry) => entry.url);
    const expected = [
      '/',
      '/research',
      '/publications',
      '/posts',
      '/honors',
      '/media',
      '/cv',
      ...slugsOf('researchArea').map((slug) => `/research/${slug}`),
      ...slugsOf('publication').map((slug) => `/publications/${slug}`),
      ...slugsOf('post').map((slug) => `/posts/${slug}`),
    ].map((path) => new URL(path, DEVELOPMENT_SITE_URL).href);

    expect(urls.toSorted()).toEqual(expected.toSorted());
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('gives no lastModified without recorded edit times', async () => {
    for (const entry of await sitemap()) {
      expect(entry).not.toHaveProperty('lastModified');
    }
  });
});

describe('robots', () => {
  it('keeps crawlers out of the Studio and the API', () => {
    const result = robots();
    expect(result.rules).toEqual([{ userAgent: '*', allow: '/', disallow: ['/studio', '/api/'] }]);
    expect(result.sitemap).toBe(`${DEVELOPMENT_SITE_URL}/sitemap.xml`);
  });
});
