const PLACEHOLDER_ORIGIN = 'http://site.invalid';

/**
 * Returns `target` as a path on this site, or `fallback` when it would lead elsewhere. The
 * browser's own URL parser decides, so tricks such as "//host", "/\host" or a tab after the
 * first slash (which browsers strip) cannot leave the site. The result is ASCII, safe for a
 * Location header.
 */
export function sitePath(target: string | null, fallback = '/'): string {
  if (!target || !target.startsWith('/')) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(target, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  return url.origin === PLACEHOLDER_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
