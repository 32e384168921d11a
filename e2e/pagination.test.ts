import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';

import { generateDataset } from '../bench/generate-dataset.ts';
import config from '../html-validate.config.ts';
import { describeViolation, findWcagViolations } from './axe.ts';
import {
  launchBrowser,
  openContext,
  waitForExplorerHydration,
  waitForHydration,
} from './browser.ts';
import { fetchHtmlAsBot } from './fetch-html.ts';
import { type StartedServer, startServer } from './server.ts';

// The bundled dataset fits on one page, so these tests serve the same build from a generated
// dataset of 330 publications: six pages of 50 and a seventh of 30. The local source reads
// LOCAL_DATASET_PATH on every request of a dynamic route, so the explorer and its JSON route
// serve the generated file.
const PUBLICATIONS = 330;
const PAGE_COUNT = 7;
const LAST_PAGE_SUMMARY = `301–330 of ${PUBLICATIONS} publications`;
// 61 of the generated publications are in this area: two pages.
const AREA = 'area-3';

let server: StartedServer;
let browser: Browser;
let datasetDirectory: string;
let areaTotal: number;

before(async () => {
  datasetDirectory = mkdtempSync(path.join(tmpdir(), 'e2e-pagination-'));
  const file = path.join(datasetDirectory, 'dataset.ndjson');
  const documents = generateDataset(PUBLICATIONS);
  writeFileSync(file, documents.map((document) => JSON.stringify(document)).join('\n'));
  areaTotal = documents.filter(
    (document) =>
      document._type === 'publication' &&
      (document.researchAreas as { _ref: string }[]).some(
        (reference) => reference._ref === `researchArea-${AREA.slice('area-'.length)}`,
      ),
  ).length;
  assert.ok(areaTotal > 50, `${AREA} has ${areaTotal} publications, too few for two pages`);

  server = await startServer({ ...process.env, LOCAL_DATASET_PATH: file });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(datasetDirectory, { recursive: true, force: true });
});

const url = (route: string) => server.baseUrl + route;

async function expectSummary(page: Page, text: string) {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}

async function listedYears(page: Page): Promise<number[]> {
  const headings = await page.locator('main .year-group__heading').allInnerTexts();
  return headings.map((heading) => Number.parseInt(heading, 10));
}

function pagesNav(page: Page) {
  return page.getByRole('navigation', { name: 'Pages of publications' });
}

describe('explorer pages without JavaScript', () => {
  it('moves through the pages with the links and the back button', async () => {
    const { context, blocked } = await openContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto(url('/publications'));
    await expectSummary(page, `1–50 of ${PUBLICATIONS} publications`);
    assert.equal(await page.locator('main article').count(), 50);
    assert.equal(
      await pagesNav(page).getByRole('link', { name: 'Page 1' }).getAttribute('aria-current'),
      'page',
    );
    const lastYearOfPage1 = (await listedYears(page)).at(-1);

    await pagesNav(page).getByRole('link', { name: 'Next' }).click();
    await page.waitForURL(/\?page=2$/);
    await expectSummary(page, `51–100 of ${PUBLICATIONS} publications`);
    const firstHeading = await page.locator('main .year-group__heading').first().innerText();
    // A year that runs on from page 1 keeps its heading, marked as continued.
    assert.equal(
      firstHeading.includes('(continued)'),
      Number.parseInt(firstHeading, 10) === lastYearOfPage1,
    );

    await pagesNav(page)
      .getByRole('link', { name: `Page ${PAGE_COUNT}` })
      .click();
    await page.waitForURL(new RegExp(`\\?page=${PAGE_COUNT}$`));
    await expectSummary(page, LAST_PAGE_SUMMARY);
    assert.equal(await page.locator('main article').count(), 30);
    assert.equal(await pagesNav(page).getByRole('link', { name: 'Next' }).count(), 0);

    await page.goBack();
    await expectSummary(page, `51–100 of ${PUBLICATIONS} publications`);
    await page.goBack();
    await expectSummary(page, `1–50 of ${PUBLICATIONS} publications`);
    assert.deepEqual(blocked, []);
    await context.close();
  });

  it('keeps filters and resets the page', async () => {
    const { context } = await openContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto(url(`/publications?area=${AREA}`));
    await expectSummary(page, `1–50 of ${areaTotal} publications`);
    assert.equal(
      await pagesNav(page).getByRole('link', { name: 'Page 2' }).getAttribute('href'),
      `/publications?area=${AREA}&page=2`,
    );
    await pagesNav(page).getByRole('link', { name: 'Page 2' }).click();
    await page.waitForURL(new RegExp(`\\?area=${AREA}&page=2$`));
    await expectSummary(page, `51–`);

    await page.getByRole('checkbox', { name: /^Research area 5/ }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/area=area-5/);

    assert.equal(new URL(page.url()).searchParams.get('page'), null);
    await page
      .getByRole('status')
      .filter({ hasText: /^1–50 of / })
      .waitFor();
    await context.close();
  });

  it('explains a page past the end and links to the last page', async () => {
    const { context } = await openContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();

    const response = await page.goto(url('/publications?page=99'));
    assert.equal(response?.status(), 200);
    await page.getByRole('heading', { name: 'Page 99 is past the end of the list' }).waitFor();
    assert.equal(await page.locator('main article').count(), 0);

    await page.getByRole('link', { name: `Go to the last page, page ${PAGE_COUNT}` }).click();
    await page.waitForURL(new RegExp(`\\?page=${PAGE_COUNT}$`));
    await expectSummary(page, LAST_PAGE_SUMMARY);
    await context.close();
  });

  it('explains an invalid page like an invalid filter', async () => {
    const { context } = await openContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto(url('/publications?page=0'));
    await page.getByRole('heading', { name: 'This link has an invalid filter' }).waitFor();
    await page.getByText('Invalid page "0": expected a whole number from 1 to 10000.').waitFor();
    await context.close();
  });
});

describe('explorer pages with JavaScript', () => {
  it('loads a page in place, focuses the results and follows the back button', async () => {
    const { context, blocked } = await openContext(browser);
    const page = await context.newPage();
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));

    await page.goto(url('/publications'));
    await waitForExplorerHydration(page);
    await page.evaluate(() => {
      (window as unknown as { pageMarker: number }).pageMarker = 1;
    });

    const apiRequest = page.waitForRequest((request) =>
      request.url().endsWith('/api/publications?page=2'),
    );
    await pagesNav(page).getByRole('link', { name: 'Next' }).click();
    await apiRequest;
    await expectSummary(page, `51–100 of ${PUBLICATIONS} publications`);
    assert.equal(new URL(page.url()).search, '?page=2');
    await page.waitForFunction(
      () => document.activeElement?.id === 'explorer-results-heading',
      undefined,
      { timeout: 5000 },
    );
    assert.equal(await page.locator(':focus').innerText(), `Results, page 2 of ${PAGE_COUNT}`);
    // Focusing the heading scrolls the top of the new page into view.
    const headingTop = await page.evaluate(
      () => document.getElementById('explorer-results-heading')?.getBoundingClientRect().top ?? NaN,
    );
    const viewportHeight = await page.evaluate(() => window.innerHeight);
    assert.ok(headingTop >= 0, `the heading is ${-headingTop} px above the viewport`);
    assert.ok(
      headingTop < viewportHeight,
      `the heading is at ${headingTop} px, below the viewport`,
    );

    await pagesNav(page).getByRole('link', { name: 'Page 3' }).click();
    await expectSummary(page, `101–150 of ${PUBLICATIONS} publications`);

    await page.goBack();
    await expectSummary(page, `51–100 of ${PUBLICATIONS} publications`);
    assert.equal(new URL(page.url()).search, '?page=2');
    await page.goBack();
    await expectSummary(page, `1–50 of ${PUBLICATIONS} publications`);

    const sameDocument = await page.evaluate(
      () => (window as unknown as { pageMarker?: number }).pageMarker === 1,
    );
    assert.ok(sameDocument, 'a page change reloaded the document');
    assert.deepEqual(pageErrors.map(String), []);
    assert.deepEqual(blocked, []);
    await context.close();
  });

  it('starts again at page 1 when a filter changes', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto(url('/publications?page=3'));
    await waitForExplorerHydration(page);
    await expectSummary(page, `101–150 of ${PUBLICATIONS} publications`);

    const apiRequest = page.waitForRequest((request) =>
      request.url().endsWith(`/api/publications?area=${AREA}`),
    );
    await page.getByRole('checkbox', { name: /^Research area 3/ }).check();
    await apiRequest;

    await expectSummary(page, `1–50 of ${areaTotal} publications`);
    assert.equal(new URL(page.url()).search, `?area=${AREA}`);

    await page.goBack();
    await expectSummary(page, `101–150 of ${PUBLICATIONS} publications`);
    await context.close();
  });

  it('links to the last page from a page past the end', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto(url('/publications?page=40'));
    await waitForExplorerHydration(page);

    await page.getByRole('link', { name: `Go to the last page, page ${PAGE_COUNT}` }).click();

    await expectSummary(page, LAST_PAGE_SUMMARY);
    assert.equal(new URL(page.url()).search, `?page=${PAGE_COUNT}`);
    await context.close();
  });
});

describe('explorer pages for every visitor', () => {
  const routes = [
    '/publications?page=2',
    `/publications?area=${AREA}&page=2`,
    '/publications?page=99',
  ];

  it('have no WCAG 2.2 AA violations in either color scheme', async () => {
    const failures: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context } = await openContext(browser, { colorScheme });
      const page = await context.newPage();
      for (const route of routes) {
        await page.goto(url(route));
        await waitForHydration(page);
        for (const violation of await findWcagViolations(page)) {
          failures.push(`${colorScheme} ${route}: ${describeViolation(violation)}`);
        }
      }
      await context.close();
    }
    assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
  });

  it('serve valid HTML', async () => {
    const validator = new HtmlValidate(config);
    for (const route of routes) {
      const response = await fetchHtmlAsBot(url(route));
      const html = await response.text();
      const report = await validator.validateString(html, `${route}.html`);
      const messages = report.results.flatMap((result) => result.messages);
      assert.deepEqual(
        messages.map((message) => `${message.ruleId}: ${message.message}`),
        [],
        route,
      );
    }
  });
});

describe('research area page over the generated dataset', () => {
  it('lists the newest 50 publications and links to all of them', async () => {
    const { context } = await openContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto(url(`/research/${AREA}`));
    await page.getByRole('heading', { level: 1, name: 'Research area 3' }).waitFor();
    assert.equal(await page.locator('main article').count(), 50);
    await page
      .getByText(`These are the newest 50 of ${areaTotal} publications in Research area 3.`)
      .waitFor();

    await page
      .getByRole('link', { name: `See all ${areaTotal} publications in the publications explorer` })
      .click();
    await page.waitForURL(new RegExp(`/publications\\?area=${AREA}$`));
    await expectSummary(page, `1–50 of ${areaTotal} publications`);
    await context.close();
  });
});

describe('explorer JSON route pages', () => {
  it('returns page fields and rejects a repeated page', async () => {
    const second = await fetch(url(`/api/publications?area=${AREA}&page=2`));
    assert.equal(second.status, 200);
    const body = (await second.json()) as {
      total: number;
      filters: { page: number };
      pagination: unknown;
      groups: { publications: unknown[] }[];
    };
    assert.equal(body.total, areaTotal);
    assert.equal(body.filters.page, 2);
    assert.deepEqual(body.pagination, {
      page: 2,
      pageSize: 50,
      pageCount: Math.ceil(areaTotal / 50),
      range: { first: 51, last: Math.min(100, areaTotal) },
    });
    assert.equal(
      body.groups.reduce((sum, group) => sum + group.publications.length, 0),
      Math.min(50, areaTotal - 50),
    );

    const pastEnd = await fetch(url('/api/publications?page=99'));
    assert.equal(pastEnd.status, 200);
    const pastEndBody = (await pastEnd.json()) as { pagination: unknown; groups: unknown[] };
    assert.deepEqual(pastEndBody.pagination, {
      page: 99,
      pageSize: 50,
      pageCount: PAGE_COUNT,
      range: null,
    });
    assert.deepEqual(pastEndBody.groups, []);

    const invalid = await fetch(url('/api/publications?page=1&page=2'));
    assert.equal(invalid.status, 400);
    assert.deepEqual(await invalid.json(), {
      error: 'The "page" parameter may be given only once.',
      param: 'page',
    });
  });
});
