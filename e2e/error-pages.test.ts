import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { Browser, Page } from 'playwright-core';

import { describeViolation, findWcagViolations } from './axe.ts';
import { launchBrowser, openContext } from './browser.ts';
import { E2E_FAILING_PUBLICATION_SLUG } from './environment.ts';

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser.close();
});

/** Checks the parts every error page keeps: one site frame, ways on and a site search form. */
async function assertWaysOn(page: Page): Promise<void> {
  assert.equal(await page.getByRole('banner').count(), 1, 'expected exactly one site header');
  assert.equal(await page.getByRole('main').count(), 1, 'expected exactly one <main>');
  const mainNav = page.getByRole('navigation', { name: 'Main' });
  assert.equal(await mainNav.getByRole('link', { name: 'Publications' }).count(), 1);

  const waysOn = page.getByRole('navigation', { name: 'Ways on' });
  assert.equal(await waysOn.getByRole('link', { name: 'Home page' }).getAttribute('href'), '/');
  assert.equal(
    await waysOn.getByRole('link', { name: 'All publications' }).getAttribute('href'),
    '/publications',
  );

  const search = page.locator('main form[role="search"]');
  assert.equal(await search.getAttribute('method'), 'get');
  assert.equal(await search.getAttribute('action'), '/search');
  assert.equal(await search.getByRole('searchbox', { name: 'Search for the page' }).count(), 1);
}

async function assertNoWcagViolations(page: Page): Promise<void> {
  const violations = (await findWcagViolations(page)).map(describeViolation);
  assert.deepEqual(violations, [], `\n${violations.join('\n')}`);
}

describe('not-found page', () => {
  for (const path of ['/no-such-page', '/publications/no-such-publication']) {
    it(`answers 404 with the site frame at ${path}`, async () => {
      const { context } = await openContext(browser);
      const page = await context.newPage();
      const response = await page.goto(path);

      assert.equal(response?.status(), 404);
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      assert.match(await page.title(), /^Page not found · /);
      await assertWaysOn(page);
      await context.close();
    });
  }

  it('sends the search form to /search as a GET request', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/no-such-page');

    const search = page.getByRole('search', { name: 'Search for the page' });
    await search.getByRole('searchbox').fill('sparsity');
    // next/form prefetches /search without a query; the submission is the request with `q`.
    const request = page.waitForRequest((candidate) =>
      new URL(candidate.url()).searchParams.has('q'),
    );
    await search.getByRole('button', { name: 'Search' }).press('Enter');
    const sent = new URL((await request).url());
    assert.equal(sent.pathname, '/search');
    assert.equal(sent.searchParams.get('q'), 'sparsity');
    await context.close();
  });
});

describe('error page', () => {
  // The end-to-end build makes this one publication throw while rendering (see
  // sanity/lib/test-failure.ts), so the page below is the one a visitor gets when content fails.
  const failingPath = `/publications/${E2E_FAILING_PUBLICATION_SLUG}`;

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`keeps the site frame and offers ways on in ${colorScheme} mode`, async () => {
      const { context, blocked } = await openContext(browser, { colorScheme });
      const page = await context.newPage();
      const response = await page.goto(failingPath);

      assert.equal(response?.status(), 500);
      const alert = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
      await alert.waitFor();
      await page.getByRole('button', { name: 'Try again' }).waitFor();
      await assertWaysOn(page);
      await assertNoWcagViolations(page);
      assert.deepEqual(blocked, []);
      await context.close();
    });
  }
});
