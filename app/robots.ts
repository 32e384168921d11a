import type { MetadataRoute } from 'next';

import { absoluteUrl } from '@/lib/site-url';

/** Lets crawlers read every public page, but not the Studio or the API routes. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/studio', '/api/'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
