// Writes the README screenshots from a running server:
//   BASE_URL=http://127.0.0.1:3000 node e2e/screenshots.ts
import path from 'node:path';

import { launchBrowser, openContext, waitForHydration } from './browser.ts';

const outputDirectory = path.resolve(import.meta.dirname, '..', 'docs', 'screenshots');

const shots = [
  { name: 'home.png', url: '/' },
  { name: 'publications.png', url: '/publications?area=computer-architecture' },
  { name: 'cv.png', url: '/cv' },
];

const browser = await launchBrowser();
try {
  const { context } = await openContext(browser);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const shot of shots) {
    await page.goto(shot.url);
    await waitForHydration(page);
    await page.screenshot({ path: path.join(outputDirectory, shot.name) });
  }
  await context.close();
} finally {
  await browser.close();
}
