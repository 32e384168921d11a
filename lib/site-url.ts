/** Raised when NEXT_PUBLIC_SITE_URL is missing in a production build or is not an origin. */
export class SiteUrlError extends Error {
  override name = 'SiteUrlError';
}

/** The origin `npm run dev` serves; outside production it is the default site URL. */
export const DEVELOPMENT_SITE_URL = 'http://127.0.0.1:3000';

type SiteUrlEnv = {
  NEXT_PUBLIC_SITE_URL?: string | undefined;
  NODE_ENV?: string | undefined;
};

/**
 * Reads the public origin of the site, which canonical URLs, feeds, the sitemap and OpenGraph
 * tags are built on. Returns a URL whose path is "/". Outside production an unset value means
 * DEVELOPMENT_SITE_URL. A production build with none set throws, because every absolute URL
 * it writes would then point at the builder's own machine.
 */
export function readSiteUrl(env: SiteUrlEnv): URL {
  const value = env.NEXT_PUBLIC_SITE_URL?.trim() ?? '';
  if (!value) {
    if (env.NODE_ENV === 'production') {
      throw new SiteUrlError(
        `Missing NEXT_PUBLIC_SITE_URL: set it to the site's public origin (for example https://example.org) before \`next build\`. For a local production build, use ${DEVELOPMENT_SITE_URL}.`,
      );
    }
    return new URL(DEVELOPMENT_SITE_URL);
  }

  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw new SiteUrlError(
      `Invalid NEXT_PUBLIC_SITE_URL "${value}": expected an absolute http or https origin such as https://example.org.`,
      { cause: error },
    );
  }

  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteUrlError(
      `Invalid NEXT_PUBLIC_SITE_URL "${value}": the scheme must be http or https.`,
    );
  }
  if (url.username || url.password) {
    throw new SiteUrlError(
      `Invalid NEXT_PUBLIC_SITE_URL "${value}": remove the user name and password.`,
    );
  }
  // The app is served at the root of its origin, so a path, query or fragment here would make
  // every canonical URL point at pages that do not exist.
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new SiteUrlError(
      `Invalid NEXT_PUBLIC_SITE_URL "${value}": expected an origin only (scheme, host and optional port), such as ${url.origin}.`,
    );
  }
  return url;
}

// Named in full so that Next.js inlines the value into every bundle at build time.
export const siteUrl = readSiteUrl({
  NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
  NODE_ENV: process.env.NODE_ENV,
});

/** Returns the absolute URL of a site path such as "/publications/x". */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).href;
}
