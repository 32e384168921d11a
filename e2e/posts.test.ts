import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { Browser } from 'playwright-core';

import { launchBrowser, openContext } from './browser.ts';

// The bundled dataset's four posts have no dates, so they are listed by title.
const POST_TITLES = [
  'Apollo: Transferable Architecture Exploration',
  'ArchGym: An Open-Source Gymnasium for Machine Learning Assisted Architecture Design',
  'Data-Driven Offline Optimization for Architecting Hardware Accelerators',
  'Menger: a massive large-scale distributed RL infrastructure with localized inference',
];

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser.close();
});

describe('posts page', () => {
  it('lists the four posts by title with their summaries', async () => {
    const { context, blocked } = await openContext(browser);
    const page = await context.newPage();
    const response = await page.goto('/posts');
    assert.equal(response?.status(), 200);

    await page.getByRole('heading', { level: 1, name: 'Posts' }).waitFor();
    const titles = await page.locator('main h2').allInnerTexts();
    assert.deepEqual(titles, POST_TITLES);
    assert.match(
      await page.locator('main').innerText(),
      /Today we introduce Menger, a massive large-scale distributed RL infrastructure/,
    );
    assert.deepEqual(blocked, []);
    await context.close();
  });

  it('opens a post from the navigation and the list', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Posts' })
      .click();
    await page.waitForURL(/\/posts$/);
    await page.getByRole('link', { name: POST_TITLES[1] }).click();
    await page.waitForURL(/\/posts\/archgym$/);
    await page.getByRole('heading', { level: 1, name: POST_TITLES[1] }).waitFor();
    await context.close();
  });
});

describe('post page', () => {
  it('shows the summary, reading time, areas and related publication', async () => {
    const { context, blocked } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/posts/archgym');

    const main = page.locator('main');
    await page.getByRole('heading', { level: 1, name: POST_TITLES[1] }).waitFor();
    const text = await main.innerText();
    assert.match(text, /^1 min read$/m);
    assert.match(text, /we introduced ArchGym, which includes a variety of computer architecture/);
    // The dataset has no date or external URL for this post, so neither appears.
    assert.doesNotMatch(text, /Read the full article/);
    assert.equal(await main.locator('time').count(), 0);

    const areas = page.getByRole('region', { name: 'Research areas' });
    assert.equal(
      await areas
        .getByRole('link', { name: 'Computer Architecture', exact: true })
        .getAttribute('href'),
      '/research/computer-architecture',
    );
    assert.equal(
      await areas
        .getByRole('link', { name: 'ML for Computer Architecture and Systems / ML for Code' })
        .getAttribute('href'),
      '/research/ml-for-computer-architecture-and-systems',
    );

    const related = page.getByRole('region', { name: 'Related publications' });
    await related
      .getByRole('link', {
        name: 'Architecture Gym for Benchmarking Machine-Learning Aided Design',
      })
      .click();
    await page.waitForURL(
      /\/publications\/architecture-gym-for-benchmarking-machine-learning-aided-design$/,
    );

    // The publication page links back to the post.
    await page
      .getByRole('region', { name: 'Related posts' })
      .getByRole('link', { name: POST_TITLES[1] })
      .click();
    await page.waitForURL(/\/posts\/archgym$/);
    assert.deepEqual(blocked, []);
    await context.close();
  });

  it('reads well with only a summary', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/posts/menger');
    await page.getByRole('heading', { level: 1, name: POST_TITLES[3] }).waitFor();
    const text = await page.locator('main').innerText();
    assert.match(text, /Menger reduces the training time by up to 8\.6x/);
    assert.equal(await page.getByRole('region', { name: 'Research areas' }).count(), 0);
    assert.equal(await page.getByRole('region', { name: 'Related publications' }).count(), 0);
    await page.getByRole('link', { name: 'Posts', exact: true }).first().waitFor();
    await context.close();
  });

  it('answers 404 for an unknown slug', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    const response = await page.goto('/posts/no-such-post');
    assert.equal(response?.status(), 404);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await context.close();
  });
});
