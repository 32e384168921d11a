import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser download cannot run on machines without internet. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags that keep Chromium's own traffic off the network, so that only the pages under test send
 * requests, and those only to 127.0.0.1. The benchmarks launch Chromium with the same flags.
 */
export const OFFLINE_CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Chromium otherwise looks up other hosts through the system resolver.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Returns whether a request URL stays on this machine: a loopback host, or a `data:` URL. */
export function isLocalUrl(href: string): boolean {
  const url = new URL(href);
  return LOCAL_HOSTS.has(url.hostname) || url.protocol === 'data:';
}

export function baseUrl(): string {
  const url = process.env.BASE_URL;
  if (!url) {
    throw new Error('BASE_URL is not set: run the end-to-end tests with `npm run test:e2e`.');
  }
  return url;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...OFFLINE_CHROMIUM_FLAGS],
  });
}

/**
 * Opens a context whose requests may reach only the local server: any other request is aborted
 * and recorded in `blocked`, so a test can assert the page tried to reach nothing else.
 */
export async function openContext(
  browser: Browser,
  options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
  });
  const blocked: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) {
      await route.continue();
    } else {
      blocked.push(url);
      await route.abort();
    }
  });
  return { context, blocked };
}

/**
 * Waits until React has hydrated every link and control on the page. Hydration can change what
 * is focusable (the explorer hides its submit button), so keyboard walks start after it. Waiting
 * for network idle instead timed out in CI: prefetches started by the previous page's links kept
 * the network busy on a loaded machine.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const controls = document.body.querySelectorAll('a, button, input, select, summary, textarea');
    return Array.from(controls).every((control) =>
      Object.keys(control).some((key) => key.startsWith('__reactFiber$')),
    );
  });
}

/**
 * Waits until the publications explorer has hydrated: it hides the submit button that the page
 * needs without JavaScript. A click before then toggles a box that React resets.
 */
export async function waitForExplorerHydration(page: Page): Promise<void> {
  await page.locator('button[hidden]', { hasText: 'Apply filters' }).waitFor({ state: 'attached' });
}
