import type { MetadataRoute } from 'next';

import { absoluteUrl } from '@/lib/site-url';
import { getSitemapPages } from '@/sanity/lib/syndication';

/**
 * Public pages that exist whatever the content, in the order of the site's navigation. Search
 * results are left out: they ask search engines not to index them.
 */
const FIXED_PATHS = [
  '/',
  '/research',
  '/publications',
  '/posts',
  '/honors',
  '/media',
  '/cv',
] as const;

/** Lists every public page. A page's `lastModified` is present only when its document records it. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { publications, researchAreas, posts } = await getSitemapPages();

  return [
    ...FIXED_PATHS.map((path) => ({ url: absoluteUrl(path) })),
    ...[...researchAreas, ...publications, ...posts].map((page) => ({
      url: absoluteUrl(page.path),
      ...(page.updatedAt ? { lastModified: page.updatedAt } : {}),
    })),
  ];
}
