import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import type { Browser } from 'playwright-core';

import { launchBrowser, openContext } from './browser.ts';

const homepageText = readFileSync(
  path.join(import.meta.dirname, '..', 'sanity', 'seed', 'homepage.txt'),
  'utf8',
);
const section = (start: string, end: string) =>
  homepageText
    .slice(homepageText.indexOf(start) + start.length, homepageText.indexOf(end))
    .trim()
    .split('\n');

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser.close();
});

describe('home page', () => {
  it('shows the profile, every honor, every media item and every post', async () => {
    const { context, blocked } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/');

    await page.getByRole('heading', { level: 1, name: 'Amir Yazdanbakhsh' }).waitFor();
    const text = await page.locator('main').innerText();
    assert.match(text, /Research Scientist, Google Research/);

    for (const line of section('Awards and Honors', 'Media Coverage')) {
      const title = line.replace(/, [\d-]+\.$/, '');
      assert.ok(text.includes(title), `missing honor: ${title}`);
    }
    for (const line of section('Media Coverage', 'Blogs and Videos')) {
      const headline = line.replace(/, [^,]+, \d{4}\.$/, '');
      assert.ok(text.includes(headline), `missing media item: ${headline}`);
    }
    assert.equal(
      await page.getByRole('region', { name: 'Blog posts' }).getByRole('listitem').count(),
      4,
    );
    assert.equal(
      await page
        .getByRole('region', { name: 'Selected publications' })
        .getByRole('article')
        .count(),
      5,
    );
    assert.deepEqual(blocked, []);
    await context.close();
  });

  it('keeps the header and follows the color scheme', async () => {
    const { context } = await openContext(browser, { colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, 'rgb(22, 24, 28)');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Publications' })
      .click();
    await page.waitForURL(/\/publications$/);
    await context.close();
  });

  it('fits a phone screen without horizontal scrolling', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    for (const url of [
      '/',
      '/publications',
      '/publications/mesa',
      '/search?q=architecture',
      '/cv',
    ]) {
      await page.goto(url);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, `${url} scrolls sideways`);
    }
    await context.close();
  });
});
