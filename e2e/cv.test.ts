import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { validate } from '@jsonresume/schema';
import type { Browser } from 'playwright-core';

import { launchBrowser, openContext } from './browser.ts';
import { E2E_SITE_URL } from './environment.ts';
import { readPdf } from './pdf-text.ts';

// The facts the CV must show, read from the owner's homepage text.
const homepage = readFileSync(
  path.join(import.meta.dirname, '..', 'sanity', 'seed', 'homepage.txt'),
  'utf8',
);
const lines = homepage.split('\n').map((line) => line.trim());
const between = (start: string, end: string) =>
  lines.slice(lines.indexOf(start) + 1, lines.indexOf(end));
const HONORS = between('Awards and Honors', 'Media Coverage').map((line) =>
  line.replace(/, [\d-]+\.$/, ''),
);
const PUBLICATIONS = lines
  .filter((line) => /\. (\[[A-Za-z]+\])+/.test(line))
  .map((line) => line.replace(/,( [^,]+?)?,? \d{4}\. \[.*$/, ''));
const FEATURED = lines
  .filter((line) => line.includes('** '))
  .map((line) => line.replace(/, [^,]+? \d{4}\. \[.*$/, ''));
const NAME = 'Amir Yazdanbakhsh';
const SCREEN_ONLY_TEXT = ['Skip to content', 'Download PDF', 'JSON Resume', 'Short version'];

const collapse = (text: string) => text.replace(/\s+/g, ' ');

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser.close();
});

describe('CV page', () => {
  it('shows the name, every honor and every publication', async () => {
    assert.equal(PUBLICATIONS.length, 34);
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/cv');
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();

    const text = collapse(await page.locator('main').innerText());
    for (const title of [...HONORS, ...PUBLICATIONS]) {
      assert.ok(text.includes(title), `missing from /cv: ${title}`);
    }
    assert.doesNotMatch(text, /undefined|null/);
    await context.close();
  });

  it('puts honors first and lists only selected publications in the short view', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/cv?view=short');
    const headings = await page.locator('main h2').allTextContents();
    assert.deepEqual(headings, [
      'Research',
      'Honors and awards',
      'Appointments',
      'Education',
      'Selected publications',
    ]);
    assert.equal(await page.locator('.cv__publications li').count(), FEATURED.length);
    await context.close();
  });

  for (const format of ['A4', 'Letter'] as const) {
    it(`prints on ${format} without navigation, within the expected pages`, async (t) => {
      const { context } = await openContext(browser);
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });

      for (const [url, minPages, maxPages] of [
        ['/cv', 2, 5],
        ['/cv?view=short', 1, 2],
      ] as const) {
        await page.goto(url);
        const pdf = await readPdf(
          new Uint8Array(await page.pdf({ format, printBackground: false })),
        );
        assert.ok(
          pdf.pageCount >= minPages && pdf.pageCount <= maxPages,
          `${url} printed on ${pdf.pageCount} ${format} pages, expected ${minPages} to ${maxPages}`,
        );
        t.diagnostic(`${url} on ${format}: ${pdf.pageCount} pages`);
        assert.ok(pdf.text.includes(NAME));
        for (const text of SCREEN_ONLY_TEXT) {
          assert.ok(!pdf.text.includes(text), `${url} prints "${text}"`);
        }
      }
      await context.close();
    });
  }
});

describe('CV downloads', () => {
  it('serves the full CV as PDF', async () => {
    const { context } = await openContext(browser);
    const response = await context.request.get('/cv.pdf');
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'application/pdf');
    assert.match(
      response.headers()['content-disposition'] ?? '',
      /filename="Amir-Yazdanbakhsh-CV\.pdf"/,
    );

    const pdf = await readPdf(new Uint8Array(await response.body()));
    assert.equal(pdf.title, `${NAME} – Curriculum vitae`);
    assert.equal(pdf.author, NAME);
    for (const text of [NAME, ...HONORS, ...PUBLICATIONS]) {
      assert.ok(pdf.text.includes(text), `missing from the PDF: ${text}`);
    }
    await context.close();
  });

  it('serves the short PDF with the selected publications only', async () => {
    const { context } = await openContext(browser);
    const response = await context.request.get('/cv.pdf?view=short');
    const pdf = await readPdf(new Uint8Array(await response.body()));
    assert.ok(pdf.pageCount <= 2, `the short PDF has ${pdf.pageCount} pages`);
    for (const title of [...HONORS, ...FEATURED]) {
      assert.ok(pdf.text.includes(title), `missing from the short PDF: ${title}`);
    }
    const others = PUBLICATIONS.filter((title) => !FEATURED.includes(title));
    assert.ok(
      others.every((title) => !pdf.text.includes(title)),
      'the short PDF lists unselected publications',
    );
    await context.close();
  });

  it('serves JSON Resume that validates against the schema', async () => {
    const { context } = await openContext(browser);
    const response = await context.request.get('/cv.json');
    assert.equal(response.status(), 200);
    const resume = (await response.json()) as {
      basics: { name: string; url?: string };
      publications: { url?: string }[];
    };
    let errors: unknown = 'not validated';
    validate(resume, (found) => {
      errors = found;
    });
    assert.equal(errors, null);
    assert.equal(resume.basics.name, NAME);
    assert.equal(resume.publications.length, PUBLICATIONS.length);
    // Links use the configured site URL, not the address the request came in on.
    assert.equal(resume.basics.url, E2E_SITE_URL);
    for (const publication of resume.publications) {
      assert.ok(publication.url?.startsWith(`${E2E_SITE_URL}/publications/`), publication.url);
    }
    await context.close();
  });
});
