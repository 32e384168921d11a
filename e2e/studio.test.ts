import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { Browser, Response } from 'playwright-core';

import { launchBrowser, openContext } from './browser.ts';
import { PUBLIC_PATHS } from './public-routes.ts';
import { STUDIO_MARKERS } from './studio-markers.ts';

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser.close();
});

describe('embedded Studio', () => {
  it('mounts its shell offline without uncaught errors', async () => {
    const { context, blocked } = await openContext(browser);
    const page = await context.newPage();
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));

    const response = await page.goto('/studio');
    assert.equal(response?.status(), 200);
    await page.locator('#sanity[data-ui="NextStudioLayout"] > *').first().waitFor();
    // The Studio requests the user and CORS status from Sanity's hosts; offline those are aborted.
    await page.waitForFunction(() => document.querySelector('#sanity')?.textContent !== undefined);

    assert.deepEqual(pageErrors.map(String), []);
    assert.ok(
      blocked.every((url) => /sanity\.io|sanity-cdn\.com/.test(new URL(url).hostname)),
      `unexpected hosts: ${blocked.join(', ')}`,
    );
    await context.close();
  });
});

describe('public routes', () => {
  it('load no Studio code', async (t) => {
    const { context } = await openContext(browser);
    const page = await context.newPage();

    for (const route of PUBLIC_PATHS) {
      const scripts: Response[] = [];
      const onResponse = (response: Response) => {
        if (response.request().resourceType() === 'script') scripts.push(response);
      };
      page.on('response', onResponse);
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      page.off('response', onResponse);

      let bytes = 0;
      for (const script of scripts) {
        const body = await script.text();
        bytes += Buffer.byteLength(body);
        for (const marker of STUDIO_MARKERS) {
          assert.ok(
            !body.includes(marker),
            `${route} loads ${script.url()}, which contains "${marker}"`,
          );
        }
      }
      assert.ok(scripts.length > 0, `${route} loaded no scripts, so the check proved nothing`);
      t.diagnostic(
        `${route}: ${scripts.length} scripts, ${(bytes / 1024).toFixed(0)} KiB uncompressed`,
      );
    }
    await context.close();
  });

  it('the Studio itself contains the markers the check looks for', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    const scripts: Response[] = [];
    const onResponse = (response: Response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    };
    page.on('response', onResponse);
    await page.goto('/studio');
    await page.locator('#sanity > *').first().waitFor();
    await page.waitForLoadState('networkidle');
    // Read bodies only after listening stops, so none is read after the context closes.
    page.off('response', onResponse);

    const all = (await Promise.all(scripts.map((script) => script.text()))).join('\n');
    for (const marker of STUDIO_MARKERS) {
      assert.ok(all.includes(marker), `the Studio bundle no longer contains "${marker}"`);
    }
    await context.close();
  });
});
