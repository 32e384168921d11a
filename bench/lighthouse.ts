// Runs Lighthouse with its default mobile settings three times on each of six pages of the
// production build, in Debian's Chromium kept off the network. It reports the four category
// scores and LCP, TBT and CLS as minimum, median and maximum of the runs. Every request goes to
// 127.0.0.1, and a run that saw a request to any other host fails the benchmark.
//
//   npm run bench:lighthouse            build into .next-bench, then measure
//   BENCH_SKIP_BUILD=1 npm run bench:lighthouse
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { CHROMIUM_PATH, isLocalUrl, OFFLINE_CHROMIUM_FLAGS } from '../e2e/browser.ts';
import {
  LIGHTHOUSE_CATEGORIES,
  LIGHTHOUSE_TARGETS,
  type LighthouseRun,
  readLighthouseRun,
} from './lib/lighthouse-report.ts';
import { serveProductionBuild } from './lib/production-build.ts';
import { writeResults } from './lib/results.ts';
import { formatTable, summarize } from './lib/summary.ts';

const RUNS = 3;
const PAGES = [
  '/',
  '/publications',
  '/publications?area=computer-architecture',
  '/publications/mesa',
  '/cv',
  '/posts/archgym',
];

/** Raised when Lighthouse returns no result or reports that it could not load the page. */
class LighthouseRunError extends Error {
  override name = 'LighthouseRunError';
}

/** Raised when an audited page requested anything but 127.0.0.1, which the benchmark forbids. */
class OutsideRequestError extends Error {
  override name = 'OutsideRequestError';
}

/**
 * Audits one URL in a Chromium of its own, so that no cache, service worker or storage carries
 * over between runs.
 */
async function audit(url: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless', ...OFFLINE_CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...LIGHTHOUSE_CATEGORIES],
    });
    if (!result) {
      throw new LighthouseRunError(`Lighthouse returned no result for ${url}`);
    }
    if (result.lhr.runtimeError) {
      throw new LighthouseRunError(
        `Lighthouse could not audit ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
      );
    }
    return readLighthouseRun(result.lhr, isLocalUrl);
  } finally {
    chrome.kill();
  }
}

async function main(): Promise<void> {
  const server = await serveProductionBuild();
  const date = new Date();
  const pages: { path: string; runs: LighthouseRun[] }[] = [];

  try {
    for (const pagePath of PAGES) {
      const runs: LighthouseRun[] = [];
      for (let run = 1; run <= RUNS; run += 1) {
        const result = await audit(`${server.baseUrl}${pagePath}`);
        if (result.outsideRequests.length > 0) {
          throw new OutsideRequestError(
            `${pagePath} requested hosts other than 127.0.0.1: ${result.outsideRequests.join(', ')}`,
          );
        }
        console.log(
          `${pagePath} run ${run}: performance ${result.scores.performance}, LCP ${Math.round(result.metrics.lcpMs)} ms`,
        );
        runs.push(result);
      }
      pages.push({ path: pagePath, runs });
    }
  } finally {
    await server.stop();
  }

  const rows = pages.flatMap(({ path: pagePath, runs }) =>
    LIGHTHOUSE_TARGETS.map((target) => {
      const { min, median, max } = summarize(runs.map(target.read));
      return [
        pagePath,
        target.label,
        target.format(min),
        target.format(median),
        target.format(max),
        target.target,
        target.met(median) ? 'yes' : 'no',
      ];
    }),
  );

  const file = writeResults('lighthouse', date, {
    date: date.toISOString(),
    lighthouseVersion: pages[0]?.runs[0]?.lighthouseVersion,
    userAgent: pages[0]?.runs[0]?.userAgent,
    runsPerPage: RUNS,
    pages,
  });
  console.log(
    formatTable(['Page', 'Metric', 'Min', 'Median', 'Max', 'Target', 'Median met'], rows),
  );
  console.log(`Written to ${file}`);
}

await main();
