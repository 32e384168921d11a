// The environment the end-to-end build and server run with. The Sanity project does not exist:
// naming one makes /studio mount the Studio, while LOCAL_DATASET_PATH keeps every page on the
// bundled dataset, so nothing needs the network.
export const E2E_REVALIDATE_SECRET = 'e2e-webhook-secret';
export const E2E_FAILING_PUBLICATION_SLUG = 'fails-on-purpose';

/**
 * The public origin the test build writes into canonical URLs, feeds and the sitemap. Nothing
 * fetches it: the reserved .test domain never resolves.
 */
export const E2E_SITE_URL = 'https://portfolio.e2e.test';

export const E2E_ENVIRONMENT = {
  NEXT_PUBLIC_SANITY_PROJECT_ID: 'e2e-offline',
  NEXT_PUBLIC_SANITY_DATASET: 'production',
  LOCAL_DATASET_PATH: 'sanity/dataset/production.ndjson',
  SANITY_REVALIDATE_SECRET: E2E_REVALIDATE_SECRET,
  NEXT_PUBLIC_SITE_URL: E2E_SITE_URL,
  // Set empty so an owner's .env.local cannot add them: Next.js never overrides a variable that
  // the environment already has, and with a read token the draft-mode route would call Sanity.
  SANITY_API_READ_TOKEN: '',
  SANITY_API_WRITE_TOKEN: '',
  NEXT_PUBLIC_SANITY_API_VERSION: '',
  NEXT_TELEMETRY_DISABLED: '1',
  // Makes /publications/<this slug> fail while rendering, to test the error page. Read at build
  // time only: see sanity/lib/test-failure.ts.
  E2E_FAILING_PUBLICATION_SLUG: E2E_FAILING_PUBLICATION_SLUG,
  // Next.js inlines NEXT_PUBLIC_ variables at build time, so this build must never be served as
  // the site: it goes to its own folder.
  NEXT_DIST_DIR: '.next-e2e',
};
