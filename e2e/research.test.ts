import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import type { Browser } from 'playwright-core';

import { launchBrowser, openContext } from './browser.ts';

type DatasetDocument = {
  _id: string;
  _type: string;
  title?: string;
  headline?: string;
  slug?: { current: string };
  order?: number;
  researchAreas?: { _ref: string }[];
};

const documents = readFileSync(
  path.join(import.meta.dirname, '..', 'sanity', 'dataset', 'production.ndjson'),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as DatasetDocument);

const ofType = (type: string) => documents.filter((document) => document._type === type);

const countReferencing = (type: string, areaId: string) =>
  ofType(type).filter((document) =>
    (document.researchAreas ?? []).some((reference) => reference._ref === areaId),
  ).length;

const areas = ofType('researchArea')
  .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
  .map((area) => ({
    title: area.title ?? '',
    slug: area.slug?.current ?? '',
    publications: countReferencing('publication', area._id),
    posts: countReferencing('post', area._id),
  }));

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser.close();
});

describe('research page', () => {
  it('lists the four areas in order with their counts', async () => {
    assert.equal(areas.length, 4);
    const { context, blocked } = await openContext(browser);
    const page = await context.newPage();
    const response = await page.goto('/research');
    assert.equal(response?.status(), 200);

    await page.getByRole('heading', { level: 1, name: 'Research areas' }).waitFor();
    assert.deepEqual(
      await page.locator('main h2').allInnerTexts(),
      areas.map((area) => area.title),
    );
    const items = page.locator('main li');
    for (const [index, area] of areas.entries()) {
      const text = await items.nth(index).innerText();
      assert.match(text, new RegExp(`\\b${area.publications} publications?\\b`), area.title);
      if (area.posts > 0) {
        assert.match(text, new RegExp(`\\b${area.posts} posts?\\b`), area.title);
      }
    }
    assert.match(await items.first().innerText(), /Topics: Sparsity, Quantization, Linearization/);
    assert.deepEqual(blocked, []);
    await context.close();
  });
});

describe('research area page', () => {
  it('groups its publications by year and links to the explorer', async () => {
    const architecture = areas.find((area) => area.slug === 'computer-architecture');
    assert.ok(architecture);
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/research');
    await page.getByRole('link', { name: 'Computer Architecture', exact: true }).click();
    await page.waitForURL(/\/research\/computer-architecture$/);

    await page.getByRole('heading', { level: 1, name: 'Computer Architecture' }).waitFor();
    assert.equal(await page.locator('main article').count(), architecture.publications);
    const years = (await page.locator('main .year-group__heading').allInnerTexts()).map((heading) =>
      Number.parseInt(heading, 10),
    );
    assert.deepEqual(
      years,
      [...years].sort((a, b) => b - a),
    );
    assert.ok(years.length > 1);

    const posts = page.getByRole('region', { name: 'Posts' });
    assert.equal(await posts.getByRole('listitem').count(), architecture.posts);
    await posts.getByRole('link', { name: /^ArchGym/ }).waitFor();

    await page.getByRole('link', { name: /Filter them in the publications explorer/ }).click();
    await page.waitForURL(/\/publications\?area=computer-architecture$/);
    await page
      .getByRole('status')
      .filter({ hasText: `${architecture.publications} publications` })
      .waitFor();
    await context.close();
  });

  it('shows an area without posts', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/research/foundational-models');
    await page.getByRole('heading', { level: 1, name: 'Foundational Models' }).waitFor();
    assert.equal(await page.locator('main article').count(), 2);
    assert.equal(await page.getByRole('region', { name: 'Posts' }).count(), 0);
    await context.close();
  });

  it('answers 404 for an unknown slug', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    const response = await page.goto('/research/no-such-area');
    assert.equal(response?.status(), 404);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await context.close();
  });
});

describe('honors and media pages', () => {
  it('list every honor and media item', async () => {
    const { context, blocked } = await openContext(browser);
    const page = await context.newPage();

    await page.goto('/honors');
    await page.getByRole('heading', { level: 1, name: 'Awards and honors' }).waitFor();
    const honors = ofType('honor');
    assert.equal(honors.length, 5);
    assert.equal(await page.locator('main li').count(), honors.length);
    const honorText = await page.locator('main').innerText();
    for (const honor of honors) {
      assert.ok(honorText.includes(honor.title ?? ''), `missing honor: ${honor.title}`);
    }

    await page.goto('/media');
    await page.getByRole('heading', { level: 1, name: 'Media coverage' }).waitFor();
    const mentions = ofType('mediaMention');
    assert.equal(mentions.length, 4);
    assert.equal(await page.locator('main li').count(), mentions.length);
    const mediaText = await page.locator('main').innerText();
    for (const mention of mentions) {
      assert.ok(mediaText.includes(mention.headline ?? ''), `missing item: ${mention.headline}`);
    }
    assert.match(mediaText, /WIRED/);
    assert.deepEqual(blocked, []);
    await context.close();
  });

  it('open from the home sections', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'All awards and honors →' }).click();
    await page.waitForURL(/\/honors$/);
    await page.goto('/');
    await page.getByRole('link', { name: 'All media coverage →' }).click();
    await page.waitForURL(/\/media$/);
    await context.close();
  });

  it('fit a phone screen without horizontal scrolling', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    for (const url of [
      '/research',
      '/research/computer-architecture',
      '/posts',
      '/posts/archgym',
      '/honors',
      '/media',
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
