import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { Browser, Page } from 'playwright-core';

import { launchBrowser, openContext, waitForExplorerHydration } from './browser.ts';

const TOTAL = 34;
const ARCHITECTURE = {
  slug: 'computer-architecture',
  label: 'Computer Architecture (15)',
  count: 15,
};
const FOUNDATIONAL = { slug: 'foundational-models', label: 'Foundational Models (2)', count: 2 };

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser.close();
});

async function expectCount(page: Page, count: number) {
  await page
    .getByRole('status')
    .filter({ hasText: `${count} publication` })
    .waitFor();
  await page.waitForFunction(
    (expected) => document.querySelectorAll('main article').length === expected,
    count,
  );
}

describe('publications explorer with JavaScript', () => {
  it('filters by area in place, keeps the URL in step and goes back', async () => {
    const { context, blocked } = await openContext(browser);
    const page = await context.newPage();
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));

    await page.goto('/publications');
    await expectCount(page, TOTAL);
    await waitForExplorerHydration(page);
    await page.evaluate(() => {
      (window as unknown as { pageMarker: number }).pageMarker = 1;
    });

    const apiRequest = page.waitForRequest((request) =>
      request.url().includes(`/api/publications?area=${ARCHITECTURE.slug}`),
    );
    await page.getByRole('checkbox', { name: ARCHITECTURE.label }).check();
    await apiRequest;

    await expectCount(page, ARCHITECTURE.count);
    assert.equal(new URL(page.url()).search, `?area=${ARCHITECTURE.slug}`);
    const sameDocument = await page.evaluate(
      () => (window as unknown as { pageMarker?: number }).pageMarker === 1,
    );
    assert.ok(sameDocument, 'filtering reloaded the page');

    await page.getByRole('checkbox', { name: /^Foundational Models/ }).check();
    await expectCount(page, ARCHITECTURE.count + FOUNDATIONAL.count);
    assert.equal(
      new URL(page.url()).search,
      `?area=${ARCHITECTURE.slug}&area=${FOUNDATIONAL.slug}`,
    );

    await page.goBack();
    await expectCount(page, ARCHITECTURE.count);
    assert.equal(new URL(page.url()).search, `?area=${ARCHITECTURE.slug}`);

    await page.goBack();
    await expectCount(page, TOTAL);
    assert.equal(new URL(page.url()).search, '');
    assert.equal(
      await page.getByRole('checkbox', { name: /^Computer Architecture/ }).isChecked(),
      false,
    );

    assert.deepEqual(pageErrors.map(String), []);
    assert.deepEqual(blocked, []);
    await context.close();
  });

  it('keeps every typed character while the URL follows', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/publications');
    await waitForExplorerHydration(page);
    const searchbox = page.getByRole('searchbox', { name: 'Search publications' });

    // 330 ms per key lets the 300 ms debounce push the URL between keys, which once lost them.
    await searchbox.pressSequentially('spars quant', { delay: 330 });

    await page.waitForURL(/\?q=spars\+quant$/);
    await expectCount(page, 2);
    assert.equal(await searchbox.inputValue(), 'spars quant');
    await context.close();
  });

  it('searches text and shows an empty state that resets', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/publications');
    await waitForExplorerHydration(page);

    await page.getByRole('searchbox', { name: 'Search publications' }).fill('sparsity');
    await page.waitForURL(/\?q=sparsity$/);
    await expectCount(page, 5);

    await page.getByRole('searchbox', { name: 'Search publications' }).fill('nothing-matches-this');
    await page.getByRole('heading', { name: 'No publications match these filters' }).waitFor();
    await page.getByRole('link', { name: 'show all publications' }).click();
    await expectCount(page, TOTAL);
    assert.equal(new URL(page.url()).search, '');
    await context.close();
  });

  it('opens a shared filtered URL with the filtered list', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto(`/publications?area=${ARCHITECTURE.slug}&year=2023`);
    await expectCount(page, 4);
    assert.equal(
      await page.getByRole('checkbox', { name: /^Computer Architecture/ }).isChecked(),
      true,
    );
    assert.equal(await page.getByRole('checkbox', { name: /^2023/ }).isChecked(), true);
    await context.close();
  });
});

describe('publications explorer without JavaScript', () => {
  it('filters through the form and the back button', async () => {
    const { context } = await openContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto('/publications');
    await expectCount(page, TOTAL);

    await page.getByRole('checkbox', { name: ARCHITECTURE.label }).check();
    await page.getByRole('checkbox', { name: /^Foundational Models/ }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/area=/);

    await expectCount(page, ARCHITECTURE.count + FOUNDATIONAL.count);
    const params = new URL(page.url()).searchParams;
    assert.deepEqual(
      params.getAll('area'),
      [FOUNDATIONAL.slug, ARCHITECTURE.slug].sort().reverse(),
    );

    await page.goBack();
    await expectCount(page, TOTAL);
    await context.close();
  });

  it('serves the filtered HTML for a filtered URL', async () => {
    const { context } = await openContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/publications?area=${FOUNDATIONAL.slug}`);
    await expectCount(page, FOUNDATIONAL.count);
    const titles = await page.getByRole('article').getByRole('heading').allTextContents();
    assert.deepEqual(titles.sort(), [
      'Self-Refine: Iterative Refinement with Self-Feedback',
      'What Makes Chain-of-Thought Prompting Effective? A Counterfactual Study',
    ]);
    await context.close();
  });

  it('explains an invalid filter and links back to all publications', async () => {
    const { context } = await openContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto('/publications?year=not-a-year');
    assert.equal(response?.status(), 200);
    await page.getByRole('heading', { name: 'This link has an invalid filter' }).waitFor();
    await page.getByRole('link', { name: 'Show all publications' }).click();
    await expectCount(page, TOTAL);
    await context.close();
  });
});

describe('publication page', () => {
  it('shows venue, year and badge, and links its area to the filtered explorer', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/publications/mesa');

    await page
      .getByRole('heading', {
        level: 1,
        name: 'MESA: Microarchitecture Extensions for Spatial Architecture Generation',
      })
      .waitFor();
    assert.match(await page.locator('main').innerText(), /ISCA 2023/);
    assert.match(await page.locator('main').innerText(), /Inducted into the ISCA Hall of Fame/);

    await page.getByRole('link', { name: 'Computer Architecture' }).click();
    await page.waitForURL(/\/publications\?area=computer-architecture$/);
    await expectCount(page, ARCHITECTURE.count);
    await context.close();
  });

  it('answers 404 for an unknown slug', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    const response = await page.goto('/publications/no-such-paper');
    assert.equal(response?.status(), 404);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await context.close();
  });
});

describe('publications JSON route', () => {
  it('answers 400 for malformed filters and 200 for valid ones', async () => {
    const { context } = await openContext(browser);
    const bad = await context.request.get('/api/publications?year=1e3');
    assert.equal(bad.status(), 400);
    const good = await context.request.get('/api/publications?type=preprint');
    assert.equal(good.status(), 200);
    // The four arXiv preprints.
    assert.equal(((await good.json()) as { total: number }).total, 4);
    await context.close();
  });
});
