import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { CSL } from '@citation-js/core';
import type { Browser, Page } from 'playwright-core';

import { baseUrl, launchBrowser, openContext, waitForHydration } from './browser.ts';

// Facts of the bundled dataset (sanity/dataset/production.ndjson), which lists 34 publications
// without authors, dates, DOIs or URLs.
const TOTAL = 34;
const MESA = {
  path: '/publications/mesa',
  title: 'MESA: Microarchitecture Extensions for Spatial Architecture Generation',
  year: '2023',
  conference: 'ISCA',
};
const RELEQ = {
  path: '/publications/releq',
  journal: 'IEEE MICRO',
};

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser.close();
});

async function metaContents(page: Page, name: string): Promise<string[]> {
  return page
    .locator(`meta[name="${name}"]`)
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('content') ?? ''));
}

async function parseBibtex(text: string): Promise<CSL[]> {
  const { Cite } = await import('@citation-js/core');
  await import('@citation-js/plugin-bibtex');
  return new Cite(text).data;
}

describe('publication page for indexers', () => {
  it('carries the Highwire tags of a conference paper', async () => {
    const { context, blocked } = await openContext(browser);
    const page = await context.newPage();
    await page.goto(MESA.path);

    assert.deepEqual(await metaContents(page, 'citation_title'), [MESA.title]);
    assert.deepEqual(await metaContents(page, 'citation_publication_date'), [MESA.year]);
    assert.deepEqual(await metaContents(page, 'citation_conference_title'), [MESA.conference]);
    // The dataset names no authors, DOIs or PDF addresses, so none of these may appear.
    assert.deepEqual(await metaContents(page, 'citation_author'), []);
    assert.deepEqual(await metaContents(page, 'citation_doi'), []);
    assert.deepEqual(await metaContents(page, 'citation_pdf_url'), []);
    assert.deepEqual(await metaContents(page, 'citation_journal_title'), []);

    const ogType = await page.locator('meta[property="og:type"]').getAttribute('content');
    assert.equal(ogType, 'article');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    assert.ok(canonical?.endsWith(MESA.path), `canonical is ${canonical}`);

    assert.deepEqual(blocked, []);
    await context.close();
  });

  it('names the journal of a journal article', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto(RELEQ.path);

    assert.deepEqual(await metaContents(page, 'citation_journal_title'), [RELEQ.journal]);
    assert.deepEqual(await metaContents(page, 'citation_conference_title'), []);
    await context.close();
  });

  it('embeds ScholarlyArticle JSON-LD that parses', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto(MESA.path);

    const scripts = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
    assert.equal(scripts.length, 1);
    const jsonLd = JSON.parse(scripts[0] ?? '') as Record<string, unknown>;
    assert.equal(jsonLd['@type'], 'ScholarlyArticle');
    assert.equal(jsonLd.headline, MESA.title);
    assert.equal(jsonLd.datePublished, MESA.year);
    assert.equal(jsonLd.author, undefined);
    await context.close();
  });
});

describe('Cite control', () => {
  it('opens with the keyboard and copies BibTeX', async () => {
    const { context } = await openContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.goto(MESA.path);

    const cite = page.getByRole('button', { name: 'Cite' });
    // Tab until the Cite button has focus, as a keyboard user would reach it.
    for (let step = 0; step < 40; step += 1) {
      if (await cite.evaluate((element) => element === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    assert.ok(await cite.evaluate((element) => element === document.activeElement));
    await page.keyboard.press('Enter');
    assert.equal(await cite.getAttribute('aria-expanded'), 'true');

    const copy = page.getByRole('button', { name: 'Copy' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Copied the BibTeX citation.' }).waitFor();

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^@inproceedings\{mesa,/);
    assert.match(copied, /title = \{\{MESA\}: Microarchitecture/);
    assert.deepEqual(pageErrors.map(String), []);
    await context.close();
  });

  it('loads no citation library in the browser', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.text());
    });
    await page.goto(MESA.path);
    await waitForHydration(page);

    assert.ok(scripts.length > 0);
    for (const body of scripts) {
      assert.ok(!body.includes('citeproc'), 'a script contains citeproc');
      assert.ok(!body.includes('@citation-js'), 'a script contains citation-js');
    }
    await context.close();
  });
});

describe('BibTeX downloads', () => {
  it('/publications.bib lists every publication and parses', async () => {
    const response = await fetch(`${baseUrl()}/publications.bib`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/x-bibtex; charset=utf-8');

    const entries = await parseBibtex(await response.text());
    assert.equal(entries.length, TOTAL);
    const mesa = entries.find((entry) => entry['citation-key'] === 'mesa');
    assert.equal(mesa?.title, MESA.title);
    assert.equal(mesa?.author, undefined);
  });

  it('/publications/mesa/cite.bib holds one entry', async () => {
    const response = await fetch(`${baseUrl()}${MESA.path}/cite.bib`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/x-bibtex; charset=utf-8');
    const entries = await parseBibtex(await response.text());
    assert.deepEqual(
      entries.map((entry) => entry['citation-key']),
      ['mesa'],
    );
  });

  it('answers 404 for an unknown slug', async () => {
    const response = await fetch(`${baseUrl()}/publications/no-such-paper/cite.bib`);
    assert.equal(response.status, 404);
  });
});
