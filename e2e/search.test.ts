import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { Browser, Page } from 'playwright-core';

import { launchBrowser, openContext } from './browser.ts';

// The five publications with "Sparsity" in the title, in rank order: equal scores sort by title.
const SPARSITY_TITLES = [
  'Effective Interplay between Sparsity and Quantization: From Theory to Practice',
  'Jaxpruner: A Concise Library for Sparsity Research',
  'Progressive Gradient Flow for Robust N:M Sparsity Training in Transformers',
  'STEP: Learning N:M Structured Sparsity Masks from Scratch with Precondition',
  'USM-Lite: Quantization and Sparsity Aware Fine-tuning for Speech Recognition with Universal Speech Models',
];
const MAX_TAB_STOPS = 20;

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser.close();
});

/** Presses Tab until the header's search box has focus, as a keyboard user would. */
async function tabToHeaderSearch(page: Page): Promise<void> {
  for (let presses = 0; presses < MAX_TAB_STOPS; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.id);
    if (focused === 'site-search-q') return;
  }
  assert.fail(`the header search box was not reached within ${MAX_TAB_STOPS} tab stops`);
}

async function resultTitles(page: Page): Promise<string[]> {
  return page.locator('main .search-hit h3').allTextContents();
}

async function searchFromHeader(page: Page, text: string): Promise<void> {
  await page.goto('/');
  await tabToHeaderSearch(page);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/search?q=${encodeURIComponent(text)}`);
  await page.getByRole('heading', { level: 1, name: `Search results for “${text}”` }).waitFor();
}

for (const javaScriptEnabled of [true, false]) {
  describe(`site search with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    it('searches from the header with the keyboard and follows a result', async () => {
      const { context, blocked } = await openContext(browser, { javaScriptEnabled });
      const page = await context.newPage();
      const pageErrors: Error[] = [];
      page.on('pageerror', (error) => pageErrors.push(error));

      await searchFromHeader(page, 'sparsity');
      assert.deepEqual(await resultTitles(page), SPARSITY_TITLES);
      // After a client-side navigation Next.js sets the title once the new metadata streams in.
      await page.waitForFunction(
        (title) => document.title === title,
        'Search results for “sparsity” · Amir Yazdanbakhsh',
      );
      await page.getByText('5 results: 5 publications').waitFor();

      await page.getByRole('link', { name: SPARSITY_TITLES[1] }).click();
      await page.waitForURL('**/publications/jaxpruner');
      await page.getByRole('heading', { level: 1, name: SPARSITY_TITLES[1] }).waitFor();

      assert.deepEqual(pageErrors.map(String), []);
      assert.deepEqual(blocked, []);
      await context.close();
    });
  });
}

describe('search page', () => {
  it('ranks title matches above summary matches across types', async () => {
    const { context } = await openContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search?q=tpu');
    const hits = page.locator('main .search-hit');
    assert.equal(await hits.count(), 2);
    assert.match(
      await hits.nth(0).innerText(),
      /^An Evaluation of Edge TPU Accelerators.*\nPUBLICATION/s,
    );
    assert.match(await hits.nth(1).innerText(), /^Menger:.*\nPOST/s);
    await hits.nth(1).getByRole('link').waitFor();
    assert.equal(await hits.nth(1).getByRole('link').getAttribute('href'), '/posts/menger');
    await context.close();
  });

  it('prompts for text when the query is empty', async () => {
    const { context } = await openContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search');
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    assert.equal(await page.locator('main .search-hit').count(), 0);

    await page
      .getByRole('searchbox', { name: 'Search publications, posts and honors' })
      .fill('fellowship');
    await page
      .getByRole('searchbox', { name: 'Search publications, posts and honors' })
      .press('Enter');
    await page.waitForURL('**/search?q=fellowship');
    assert.deepEqual(await resultTitles(page), [
      'Microsoft Research PhD Fellowship',
      'Qualcomm Innovation Fellowship',
    ]);
    await context.close();
  });

  it('shows an empty state for text that matches nothing', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/search?q=nothing-matches-this');
    await page.getByRole('heading', { name: 'Nothing matches “nothing-matches-this”' }).waitFor();
    await page.getByRole('link', { name: 'Browse all publications' }).click();
    await page.waitForURL('**/publications');
    await context.close();
  });

  it('explains a repeated q', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    const response = await page.goto('/search?q=a&q=b');
    assert.equal(response?.status(), 200);
    await page.getByRole('heading', { name: 'This search link is invalid' }).waitFor();
    await context.close();
  });
});

describe('publications chart', () => {
  it('filters the explorer by the chosen year and area', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/publications');
    const plot = page.getByRole('group', {
      name: 'Publications per year, stacked by research area',
    });

    await plot.getByRole('link', { name: '2023: 7 publications' }).click();
    await page.waitForURL('**/publications?year=2023');
    await page.getByRole('status').filter({ hasText: '7 publications' }).waitFor();
    assert.equal(await page.locator('main article').count(), 7);

    await page
      .getByRole('list', { name: 'Research areas' })
      .getByRole('link', { name: 'Foundational Models' })
      .click();
    await page.waitForURL('**/publications?area=foundational-models');
    await page.getByRole('status').filter({ hasText: '2 publications' }).waitFor();
    assert.equal(await page.locator('main article').count(), 2);
    await context.close();
  });

  it('lists the numbers in a table behind a disclosure', async () => {
    const { context } = await openContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/publications');
    const table = page.getByRole('table', { name: 'Publications per year and research area' });
    assert.equal(await table.isVisible(), false);

    await page.getByText('Show the numbers as a table').click();
    const row2024 = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '2024' }) });
    assert.equal(await row2024.getByRole('cell').last().innerText(), '13');
    await row2024.getByRole('link', { name: '2024' }).click();
    await page.waitForURL('**/publications?year=2024');
    assert.equal(await page.locator('main article').count(), 13);
    await context.close();
  });
});
