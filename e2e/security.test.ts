import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import type { Browser } from 'playwright-core';

import {
  launchBrowser,
  openContext,
  waitForExplorerHydration,
  waitForHydration,
} from './browser.ts';
import { E2E_ENVIRONMENT, E2E_REVALIDATE_SECRET } from './environment.ts';
import { PUBLIC_PATHS } from './public-routes.ts';

let browser: Browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser.close();
});

describe('security headers', () => {
  it('send a policy without third-party scripts on public pages', async () => {
    const { context } = await openContext(browser);
    for (const route of [...PUBLIC_PATHS, '/api/publications', '/cv.pdf']) {
      const headers = (await context.request.get(route)).headers();
      const policy = headers['content-security-policy'] ?? '';
      const scripts = /script-src ([^;]+)/.exec(policy)?.[1]?.split(' ') ?? [];
      assert.deepEqual(scripts, ["'self'", "'unsafe-inline'"], `${route}: ${policy}`);
      assert.match(policy, /frame-ancestors 'self'/);
      assert.equal(headers['x-content-type-options'], 'nosniff');
      assert.match(headers['strict-transport-security'] ?? '', /max-age=\d+/);
      assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin');
      assert.match(headers['permissions-policy'] ?? '', /camera=\(\)/);
    }
    await context.close();
  });

  it('give the Studio its own policy', async () => {
    const { context } = await openContext(browser);
    const policy =
      (await context.request.get('/studio')).headers()['content-security-policy'] ?? '';
    assert.match(policy, /script-src [^;]*https:\/\/core\.sanity-cdn\.com/);
    assert.match(policy, /connect-src [^;]*wss:\/\/\*\.sanity\.io/);
    await context.close();
  });

  it('let public pages run without policy violations', async () => {
    const { context } = await openContext(browser);
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    for (const route of PUBLIC_PATHS) {
      await page.goto(route);
      await waitForHydration(page);
    }
    await page.goto('/publications');
    await waitForExplorerHydration(page);
    await page.getByRole('checkbox', { name: /^Computer Architecture/ }).check();
    await page.waitForURL(/area=computer-architecture/);
    assert.deepEqual(violations, []);
    await context.close();
  });
});

describe('secrets', () => {
  it('never reach browser bundles or served pages', async () => {
    const secrets = [E2E_REVALIDATE_SECRET];
    const staticDirectory = path.join(
      import.meta.dirname,
      '..',
      E2E_ENVIRONMENT.NEXT_DIST_DIR,
      'static',
    );
    const files = readdirSync(staticDirectory, { recursive: true, withFileTypes: true }).filter(
      (entry) => entry.isFile(),
    );
    assert.ok(files.length > 0, 'no built static files to check');
    for (const file of files) {
      const text = readFileSync(path.join(file.parentPath, file.name), 'utf8');
      for (const secret of secrets) {
        assert.ok(!text.includes(secret), `${file.name} contains a secret`);
      }
    }

    const { context } = await openContext(browser);
    for (const route of [...PUBLIC_PATHS, '/studio', '/api/publications', '/cv.json']) {
      const body = await (await context.request.get(route)).text();
      for (const secret of secrets) {
        assert.ok(!body.includes(secret), `${route} serves a secret`);
      }
    }
    await context.close();
  });
});
