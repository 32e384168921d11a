import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import type axeCore from 'axe-core';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

// WCAG 2.2 level AA, which includes the A and AA criteria of 2.0 and 2.1. axe tags each rule with
// the version and level that added it.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const require = createRequire(import.meta.url);
const axeSource = readFileSync(
  path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'),
  'utf8',
);

/** Runs axe-core on the loaded page with the WCAG 2.2 AA rules and returns the violations. */
export async function findWcagViolations(page: Page): Promise<Result[]> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not apply.
  await page.evaluate(axeSource);
  const results: AxeResults = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axeCore }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_TAGS,
  );
  return results.violations;
}

/** Formats a violation with its rule, impact and up to five offending elements. */
export function describeViolation(violation: Result): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`)
    .join('\n');
  const count = violation.nodes.length;
  return `${violation.id} (${violation.impact}, ${count} elements): ${violation.help}\n${nodes}`;
}
