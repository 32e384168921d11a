// @ts-check
const { securityHeaders } = require('./security-headers');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The end-to-end tests build into their own folder with test-only settings, so `npm start`
  // never serves a build made for them.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Written into the build as a literal. Only the end-to-end build sets it, so that one
  // publication page fails on purpose (see sanity/lib/test-failure.ts). Other builds get ''.
  env: {
    E2E_FAILING_PUBLICATION_SLUG: process.env.E2E_FAILING_PUBLICATION_SLUG ?? '',
  },
  experimental: {
    // Pages rendered on demand stay in the in-memory cache, at most `cacheMaxMemorySize` (50 MB
    // by default), instead of being written under the build folder. They include the not-found
    // page of every unknown slug, and on disk each slug a visitor invented added about 68 KB.
    isrFlushToDisk: false,
  },
  // react-pdf runs its own React reconciler and loads fonts from disk; bundling it breaks both.
  serverExternalPackages: ['@react-pdf/renderer'],
  // sanity/lib/local-source.ts reads the dataset from a path set at run time; ship the bundled
  // one with every route so a standalone or serverless deployment can serve it. The PDF route
  // and the OpenGraph images read their fonts the same way.
  outputFileTracingIncludes: {
    '/**': ['./sanity/dataset/*.ndjson'],
    '/cv.pdf': ['./assets/fonts/*.ttf'],
    '/**/opengraph-image*': ['./assets/fonts/*.ttf', './assets/fonts/*.woff'],
  },
  async headers() {
    return securityHeaders({
      projectId: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID?.trim() || undefined,
      development: process.env.NODE_ENV !== 'production',
    });
  },
};

module.exports = nextConfig;
