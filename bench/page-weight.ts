// Loads every public page of the production build once in Chromium, each in a fresh browser
// context with a phone's viewport. For each page it reports the bytes transferred by resource
// type as the server sent them (`next start` compresses), the gzip size of the scripts, the
// bytes of preloaded fonts, and any script that contains Studio code. Every request goes to
// 127.0.0.1, and a page that requested any other host fails the benchmark.
//
//   npm run bench:weight            build into .next-bench, then measure
//   BENCH_SKIP_BUILD=1 npm run bench:weight
import { gzipSync } from 'node:zlib';

import type { Browser, Request } from 'playwright-core';

import { isLocalUrl, launchBrowser } from '../e2e/browser.ts';
import { PUBLIC_ROUTES } from '../e2e/public-routes.ts';
import { STUDIO_MARKERS } from '../e2e/studio-markers.ts';
import {
  fontPreloadsFromLinkHeader,
  type PageWeight,
  type ResourceRecord,
  weighPage,
} from './lib/page-weight-report.ts';
import { serveProductionBuild } from './lib/production-build.ts';
import { writeResults } from './lib/results.ts';
import { formatTable, kibibytes } from './lib/summary.ts';

const KIB = 1024;
const PUBLICATIONS_TRANSFER_LIMIT = 200 * KIB;
const SCRIPT_GZIP_LIMIT = 110 * KIB;
const PRELOADED_FONT_LIMIT = 60 * KIB;

/** Lighthouse 13's mobile screen (a Moto G Power), so both benchmarks load the same layout. */
const PHONE_CONTEXT = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};

/** Raised when a page returned no response or requested a host other than 127.0.0.1. */
class PageWeightError extends Error {
  override name = 'PageWeightError';
}

/** Responses without a body: redirects, 204 and 304. */
function hasBody(status: number): boolean {
  return !(status >= 300 && status < 400) && status !== 204;
}

async function recordResource(request: Request): Promise<ResourceRecord | null> {
  const response = await request.response();
  if (!response) return null;

  const sizes = await request.sizes();
  const type = request.resourceType();
  const body = hasBody(response.status()) ? await response.body() : Buffer.alloc(0);
  const record: ResourceRecord = {
    url: request.url(),
    type,
    status: response.status(),
    transferredBytes: sizes.responseHeadersSize + sizes.responseBodySize,
    headerBytes: sizes.responseHeadersSize,
    decodedBytes: body.length,
  };
  if (type === 'script') {
    const text = body.toString('utf8');
    record.gzipBytes = gzipSync(body).length;
    record.studioMarkers = STUDIO_MARKERS.filter((marker) => text.includes(marker));
  }
  return record;
}

async function weigh(browser: Browser, baseUrl: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ ...PHONE_CONTEXT, baseURL: baseUrl });
  const page = await context.newPage();
  const finished: Request[] = [];
  const outsideRequests: string[] = [];
  page.on('request', (request) => {
    if (!isLocalUrl(request.url())) outsideRequests.push(request.url());
  });
  page.on('requestfinished', (request) => finished.push(request));

  try {
    const response = await page.goto(path, { waitUntil: 'load' });
    if (!response) throw new PageWeightError(`Loading ${path} returned no response`);
    // Next.js prefetches the links in view once the page is idle, and those count as part of the
    // load.
    await page.waitForLoadState('networkidle');

    const linkedFonts = await page.$$eval('link[rel="preload"][as="font"]', (links) =>
      links.map((link) => (link as HTMLLinkElement).href),
    );
    const headerFonts = fontPreloadsFromLinkHeader(
      (await response.headerValue('link')) ?? undefined,
      response.url(),
    );
    const resources = (await Promise.all(finished.map(recordResource))).filter(
      (record): record is ResourceRecord => record !== null,
    );

    return weighPage({
      path,
      status: response.status(),
      resources,
      preloadedFontUrls: [...linkedFonts, ...headerFonts],
      outsideRequests,
    });
  } finally {
    await context.close();
  }
}

function tableRow(weight: PageWeight): string[] {
  const byType = (type: string) => kibibytes(weight.transferredBytesByType[type] ?? 0);
  const known = ['document', 'script', 'stylesheet', 'font', 'image', 'fetch'];
  const other = Object.entries(weight.transferredBytesByType)
    .filter(([type]) => !known.includes(type))
    .reduce((total, [, bytes]) => total + bytes, 0);

  return [
    weight.path,
    String(weight.status),
    String(weight.requests),
    kibibytes(weight.transferredBytes),
    kibibytes(weight.headerBytes),
    ...known.map(byType),
    kibibytes(other),
    kibibytes(weight.scripts.gzipBytes),
    kibibytes(weight.fonts.preloadedBytes),
    weight.studioScripts.length === 0 ? 'none' : String(weight.studioScripts.length),
  ];
}

/** Compares the weights with the byte targets. */
function checkTargets(weights: readonly PageWeight[]) {
  const publications = weights.find((weight) => weight.path === '/publications');
  const maxScriptGzip = Math.max(...weights.map((weight) => weight.scripts.gzipBytes));
  const maxPreloadedFonts = Math.max(...weights.map((weight) => weight.fonts.preloadedBytes));
  const studioPages = weights.filter((weight) => weight.studioScripts.length > 0);

  return {
    publicationsTransferredBytes: {
      measured: publications?.transferredBytes ?? null,
      limit: PUBLICATIONS_TRANSFER_LIMIT,
      met:
        publications !== undefined && publications.transferredBytes <= PUBLICATIONS_TRANSFER_LIMIT,
    },
    maxScriptGzipBytes: {
      measured: maxScriptGzip,
      limit: SCRIPT_GZIP_LIMIT,
      met: maxScriptGzip <= SCRIPT_GZIP_LIMIT,
    },
    maxPreloadedFontBytes: {
      measured: maxPreloadedFonts,
      limit: PRELOADED_FONT_LIMIT,
      met: maxPreloadedFonts <= PRELOADED_FONT_LIMIT,
    },
    pagesWithStudioCode: {
      measured: studioPages.map((weight) => weight.path),
      met: studioPages.length === 0,
    },
  };
}

function printReport(weights: readonly PageWeight[], targets: ReturnType<typeof checkTargets>) {
  const verdict = (met: boolean) => (met ? 'met' : 'not met');
  const { publicationsTransferredBytes, maxScriptGzipBytes, maxPreloadedFontBytes } = targets;

  console.log(
    formatTable(
      [
        'Page',
        'Status',
        'Requests',
        'Total KiB',
        'Headers',
        'Document',
        'Script',
        'CSS',
        'Font',
        'Image',
        'Fetch',
        'Other',
        'Script gzip',
        'Preloaded fonts',
        'Studio scripts',
      ],
      weights.map(tableRow),
    ),
  );
  console.log(
    [
      `/publications transferred ${kibibytes(publicationsTransferredBytes.measured ?? NaN)} KiB (target ≤ 200): ${verdict(publicationsTransferredBytes.met)}`,
      `Largest script gzip ${kibibytes(maxScriptGzipBytes.measured)} KiB (target ≤ 110): ${verdict(maxScriptGzipBytes.met)}`,
      `Largest preloaded fonts ${kibibytes(maxPreloadedFontBytes.measured)} KiB (target ≤ 60): ${verdict(maxPreloadedFontBytes.met)}`,
      `Pages with Studio code: ${targets.pagesWithStudioCode.met ? 'none (met)' : targets.pagesWithStudioCode.measured.join(', ')}`,
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const server = await serveProductionBuild();
  const date = new Date();
  const weights: PageWeight[] = [];

  try {
    const browser = await launchBrowser();
    try {
      for (const route of PUBLIC_ROUTES) {
        const weight = await weigh(browser, server.baseUrl, route.path);
        if (weight.outsideRequests.length > 0) {
          throw new PageWeightError(
            `${route.path} requested hosts other than 127.0.0.1: ${weight.outsideRequests.join(', ')}`,
          );
        }
        weights.push(weight);
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }

  const targets = checkTargets(weights);
  const file = writeResults('page-weight', date, {
    date: date.toISOString(),
    context: PHONE_CONTEXT,
    targets,
    pages: weights,
  });
  printReport(weights, targets);
  console.log(`Written to ${file}`);
}

await main();
