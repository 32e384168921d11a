// Paths of the site's pages for one document, so every link to a page is built the same way.

export function postHref(slug: string): string {
  return `/posts/${encodeURIComponent(slug)}`;
}

export function researchAreaHref(slug: string): string {
  return `/research/${encodeURIComponent(slug)}`;
}

/** Returns the path of the publications explorer filtered to one research area. */
export function areaPublicationsHref(slug: string): string {
  return `/publications?area=${encodeURIComponent(slug)}`;
}
