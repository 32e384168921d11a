/**
 * Raised on purpose for the publication slug that the end-to-end build names, so the browser
 * tests can reach the error page through a real failed render.
 */
export class TestFailureError extends Error {
  override name = 'TestFailureError';
}

/**
 * Throws TestFailureError when `slug` is the slug that the build marked as failing.
 *
 * next.config.js copies E2E_FAILING_PUBLICATION_SLUG into the build through its `env` option,
 * which replaces the expression with a literal at build time. `npm run build` runs without the
 * variable, so a production build compares against an empty string that no slug can equal, and
 * setting the variable when starting the server changes nothing.
 */
export function throwIfTestFailure(slug: string): void {
  const failingSlug = process.env.E2E_FAILING_PUBLICATION_SLUG;
  if (failingSlug && slug === failingSlug) {
    throw new TestFailureError(`Publication "${slug}" fails on purpose in the end-to-end build.`);
  }
}
