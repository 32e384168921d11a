import type { Metadata } from 'next';

import { FEED_ALTERNATES } from './feed-links';

type PageMetadataInput = {
  /** Site path of the canonical URL, such as "/publications". */
  path: string;
  /** The page's own title; the root layout's template adds the site name to `<title>`. */
  title: string;
  /** Uses `title` as the whole `<title>`, without the template: for the home page. */
  absoluteTitle?: boolean;
  description: string | null;
  siteName: string;
  /** OpenGraph object type: "article" for a publication or post, "website" otherwise. */
  type?: 'website' | 'article' | 'profile';
};

/**
 * Builds a page's canonical URL, feed links, OpenGraph and Twitter card tags. Next.js replaces
 * `alternates` and `openGraph` of the layout as a whole when a page sets them, so each page sets
 * all of them here. Relative URLs resolve against `metadataBase`, which the root layout sets to
 * the site URL. The image comes from an `opengraph-image` file in the page's own segment:
 * a page without one has no og:image, because its `openGraph` replaces the layout's.
 */
export function pageMetadata({
  path,
  title,
  absoluteTitle = false,
  description,
  siteName,
  type = 'website',
}: PageMetadataInput): Metadata {
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description: description ?? undefined,
    alternates: { canonical: path, types: FEED_ALTERNATES },
    openGraph: {
      type,
      url: path,
      siteName,
      title,
      description: description ?? undefined,
      locale: 'en',
    },
    // Next.js 16 fills the card's title, description and image from `openGraph` when they are
    // not set here.
    twitter: { card: 'summary_large_image' },
  };
}
