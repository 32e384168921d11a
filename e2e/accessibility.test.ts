import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { Browser } from 'playwright-core';

import { describeViolation, findWcagViolations } from './axe.ts';
import {
  launchBrowser,
  openContext,
  waitForExplorerHydration,
  waitForHydration,
} from './browser.ts';
import { assertFocusVisible, readFocus, tabTo } from './keyboard.ts';
import { PUBLIC_ROUTES } from './public-routes.ts';

const COLOR_SCHEMES = ['light', 'dark'] as const;

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser.close();
});

describe('axe-core at WCAG 2.2 AA', () => {
  it('reports a violation added to a page', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/');
    // After hydration, which would otherwise remove the added button again.
    await waitForHydration(page);
    await page.evaluate(() => {
      document.querySelector('main')?.append(document.createElement('button'));
    });

    const ruleIds = (await findWcagViolations(page)).map((violation) => violation.id);
    assert.deepEqual(ruleIds, ['button-name']);
    await context.close();
  });

  for (const colorScheme of COLOR_SCHEMES) {
    it(`finds no violations in ${colorScheme} mode`, async () => {
      const { context, blocked } = await openContext(browser, { colorScheme });
      const page = await context.newPage();
      const failures: string[] = [];

      for (const route of PUBLIC_ROUTES) {
        const response = await page.goto(route.path);
        assert.equal(response?.status(), route.status, `${route.path} answered the wrong status`);
        await waitForHydration(page);

        for (const violation of await findWcagViolations(page)) {
          failures.push(`${route.path}: ${describeViolation(violation)}`);
        }
      }

      assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
      assert.deepEqual(blocked, []);
      await context.close();
    });
  }
});

describe('focus indicator', () => {
  for (const colorScheme of COLOR_SCHEMES) {
    it(`shows on every focusable element in ${colorScheme} mode`, async () => {
      const { context } = await openContext(browser, { colorScheme });
      const page = await context.newPage();

      for (const route of PUBLIC_ROUTES) {
        await page.goto(route.path);
        await waitForHydration(page);

        // Walk forward until focus leaves the page or comes back to the first element.
        await page.keyboard.press('Tab');
        const first = await readFocus(page);
        assertFocusVisible(first, `${route.path}, Tab 1`);
        let visited = 1;
        for (; visited < 400; visited += 1) {
          await page.keyboard.press('Tab');
          const focus = await readFocus(page);
          if (focus === null || (focus.tag === first?.tag && focus.name === first.name)) {
            break;
          }
          assertFocusVisible(focus, `${route.path}, Tab ${visited + 1}`);
        }
        assert.ok(visited > 1, `${route.path} has only one focusable element`);
      }
      await context.close();
    });
  }
});

describe('skip link', () => {
  it('is the first focusable element and moves focus into the main content', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/publications/mesa');

    await page.keyboard.press('Tab');
    const skipLink = await readFocus(page);
    assertFocusVisible(skipLink, 'first Tab');
    assert.equal(skipLink?.name, 'Skip to content');
    assert.equal(new URL(skipLink?.href ?? '').hash, '#main');

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const next = await readFocus(page);
    assertFocusVisible(next, 'Tab after the skip link');
    assert.ok(next?.insideMain, `focus went to "${next?.name}", outside <main>`);
    await context.close();
  });
});

describe('keyboard-only path', () => {
  // Each step moves focus with Tab or Shift+Tab and acts with Enter or Space only. tabTo checks
  // the focus indicator after every key press. A path to another page type (a post, for
  // example) continues from the page where this one ends.
  it('goes from the home page through a filter to a publication', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/');
    await waitForHydration(page);

    // Skip the header, then come back to it: Shift+Tab from the first link in <main> reaches
    // the last navigation link.
    await tabTo(page, (focus) => focus.name === 'Skip to content', 'the skip link');
    await page.keyboard.press('Enter');
    await tabTo(page, (focus) => focus.insideMain, 'the first link in the main content');
    await tabTo(page, (focus) => focus.name === 'Publications' && !focus.insideMain, 'Main nav', {
      backwards: true,
    });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/publications$/);
    await waitForExplorerHydration(page);

    const checkbox = await tabTo(
      page,
      (focus) => focus.tag === 'input' && focus.name.startsWith('Computer Architecture'),
      'the Computer Architecture filter',
    );
    assert.equal(checkbox.checked, false);
    await page.keyboard.press('Space');
    await page.waitForURL(/\?area=computer-architecture$/);
    assert.equal((await readFocus(page))?.checked, true, 'Space did not tick the filter');
    await page
      .getByRole('status')
      .filter({ hasText: /^15 publications/ })
      .waitFor();

    const link = await tabTo(
      page,
      (focus) => focus.tag === 'a' && /\/publications\/[^/?]+$/.test(focus.href ?? ''),
      'the first publication in the results',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(link.href ?? '');
    await page.getByRole('heading', { level: 1, name: link.name }).waitFor();
    await context.close();
  });

  it('goes from the home page to a post', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    await page.goto('/');
    await waitForHydration(page);

    await tabTo(page, (focus) => focus.name === 'Posts' && !focus.insideMain, 'Posts in the nav');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/posts$/);
    await page.getByRole('heading', { level: 1, name: 'Posts' }).waitFor();

    const link = await tabTo(
      page,
      (focus) => focus.tag === 'a' && focus.insideMain && /\/posts\/[^/?]+$/.test(focus.href ?? ''),
      'the first post in the list',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(link.href ?? '');
    await page.getByRole('heading', { level: 1, name: link.name }).waitFor();
    await context.close();
  });
});
