// Measures how fast the publications explorer updates its list after a filter change, in
// Chromium with JavaScript on, over the bundled dataset. After hydration it clicks area, year,
// type and version checkboxes one at a time, STEPS clicks in all. For each click the page
// records, with the Performance API, the time from the click event to the list showing the new
// result, every input event slower than 16 ms (Event Timing) and every long task. Every request
// goes to 127.0.0.1, and a request to any other host fails the benchmark.
//
//   npm run bench:interaction            build into .next-bench, then measure
//   BENCH_SKIP_BUILD=1 npm run bench:interaction
//   BENCH_CPU_SLOWDOWN=4 npm run bench:interaction    slow the CPU down 4 times, as Lighthouse's
//                                                      mobile preset does
import type { Browser, Page } from 'playwright-core';

import { isLocalUrl, launchBrowser, waitForExplorerHydration } from '../e2e/browser.ts';
import { armStep, awaitStep, installProbe, readProbe } from './lib/interaction-probe.ts';
import {
  type InteractionSummary,
  readStep,
  type StepResult,
  type StepTiming,
  summarizeSteps,
} from './lib/interaction-report.ts';
import { serveProductionBuild } from './lib/production-build.ts';
import { writeResults } from './lib/results.ts';
import { formatTable, type Summary } from './lib/summary.ts';

const STEPS = 20;
const STEP_TIMEOUT_MS = 10_000;
const TARGET_MS = 100;
const WARM_UP_QUERY = '?area=ml-for-computer-architecture-and-systems&year=2019&type=journal';

/**
 * The checkboxes clicked in turn, by the ids that the bundled dataset's facets produce: each
 * click adds one filter, and once all are on, each click removes one. So the first round of clicks requests new filter combinations, and the later
 * rounds return to combinations the page has shown before.
 */
const CONTROLS = [
  '#facet-area-computer-architecture',
  '#facet-area-efficient-deep-neural-network',
  '#facet-year-2024',
  '#facet-area-foundational-models',
  '#facet-type-conference',
  '#explorer-versions',
];

/** Raised when a measurement cannot be trusted: a request left the machine or a count is wrong. */
class InteractionBenchError extends Error {
  override name = 'InteractionBenchError';
}

function readCpuSlowdown(): number {
  const value = process.env.BENCH_CPU_SLOWDOWN ?? '1';
  const rate = Number(value);
  if (!Number.isFinite(rate) || rate < 1) {
    throw new InteractionBenchError(
      `Invalid BENCH_CPU_SLOWDOWN "${value}": expected a factor of 1 or more, such as 4`,
    );
  }
  return rate;
}

/** Reads the total that the explorer's JSON route returns for a query string. */
async function expectedTotal(baseUrl: string, query: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/publications${query}`);
  if (!response.ok) {
    throw new InteractionBenchError(`GET /api/publications${query} failed with ${response.status}`);
  }
  const body = (await response.json()) as { total: number };
  return body.total;
}

/** The figures of one run: every click, and everything the page recorded. */
type Measurement = {
  steps: StepResult[];
  timings: StepTiming[];
  probe: Awaited<ReturnType<typeof readProbe>>;
};

/** Clicks through CONTROLS on a hydrated explorer page and reads each click's figures. */
async function clickThroughFilters(page: Page, baseUrl: string): Promise<Measurement> {
  const steps: StepResult[] = [];
  const timings: StepTiming[] = [];
  const seen = new Set([new URL(page.url()).search]);

  for (let index = 0; index < STEPS; index += 1) {
    const control = CONTROLS[index % CONTROLS.length] as string;
    await page.evaluate(armStep, STEP_TIMEOUT_MS);
    await page.locator(control).click();
    const timing = await page.evaluate(awaitStep);
    // The next click waits until the explorer has finished loading, including SWR's
    // revalidation of a cached result.
    await page.locator('.explorer__results[aria-busy="false"]').waitFor();

    const query = new URL(page.url()).search;
    const shown = Number(/^\d+/.exec(timing.after)?.[0]);
    const expected = await expectedTotal(baseUrl, query);
    if (shown !== expected) {
      throw new InteractionBenchError(
        `After clicking ${control}, the list shows ${shown} publications for "${query}" but the JSON route returns ${expected}`,
      );
    }

    const recorded = await page.evaluate(readProbe);
    steps.push(readStep({ control, query, seenBefore: seen.has(query), timing, ...recorded }));
    timings.push(timing);
    seen.add(query);
  }

  return { steps, timings, probe: await page.evaluate(readProbe) };
}

/** Opens the explorer with the probe installed, waits for hydration, and measures the clicks. */
async function measure(
  browser: Browser,
  baseUrl: string,
  cpuSlowdown: number,
): Promise<Measurement> {
  const context = await browser.newContext({ baseURL: baseUrl });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const outsideRequests: string[] = [];
  page.on('request', (request) => {
    if (!isLocalUrl(request.url())) outsideRequests.push(request.url());
  });
  if (cpuSlowdown > 1) {
    const session = await context.newCDPSession(page);
    await session.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }

  // Load the JSON route's code once, with filters the steps never choose, so the first step
  // measures the explorer rather than the server's first request to that route.
  await expectedTotal(baseUrl, WARM_UP_QUERY);
  await page.goto('/publications');
  await waitForExplorerHydration(page);
  await page.waitForLoadState('networkidle');

  const measurement = await clickThroughFilters(page, baseUrl);
  if (outsideRequests.length > 0) {
    throw new InteractionBenchError(
      `The explorer requested hosts other than 127.0.0.1: ${outsideRequests.join(', ')}`,
    );
  }
  return measurement;
}

const milliseconds = (summary: Summary | null) =>
  summary
    ? [summary.min, summary.median, summary.max].map((value) => value.toFixed(1))
    : ['-', '-', '-'];

function printSummary(steps: readonly StepResult[], summary: InteractionSummary): void {
  const count = (seenBefore: boolean) =>
    String(steps.filter((step) => step.seenBefore === seenBefore).length);
  console.log(
    formatTable(
      ['Click to next frame (ms)', 'Steps', 'Min', 'Median', 'Max'],
      [
        ['all', String(steps.length), ...milliseconds(summary.frameMs)],
        ['new filter combination', count(false), ...milliseconds(summary.newCombinationFrameMs)],
        ['combination shown before', count(true), ...milliseconds(summary.seenCombinationFrameMs)],
      ],
    ),
  );
  console.log(
    [
      `Click to DOM update: min ${summary.updateMs.min.toFixed(1)}, median ${summary.updateMs.median.toFixed(1)}, max ${summary.updateMs.max.toFixed(1)} ms`,
      `Target: every update under ${TARGET_MS} ms: ${summary.frameMs.max < TARGET_MS ? 'met' : 'not met'}`,
      `Input events of 16 ms or more: ${summary.slowEvents.count} of ${steps.length} clicks, longest ${summary.slowEvents.maxMs ?? '-'} ms`,
      `Long tasks from the first click to the last update: ${summary.longTasks.count}, longest ${summary.longTasks.maxMs?.toFixed(0) ?? '-'} ms`,
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const cpuSlowdown = readCpuSlowdown();
  const server = await serveProductionBuild();
  const date = new Date();
  let measurement: Measurement;

  try {
    const browser = await launchBrowser();
    try {
      measurement = await measure(browser, server.baseUrl, cpuSlowdown);
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }

  const { steps, timings, probe } = measurement;
  const summary = summarizeSteps(steps, timings, probe.longTasks);
  // A slowed-down run gets its own file, so it does not replace the day's unthrottled one.
  const name = cpuSlowdown > 1 ? `interaction-cpu-${cpuSlowdown}x` : 'interaction';
  const file = writeResults(name, date, {
    date: date.toISOString(),
    cpuSlowdown,
    targetMs: TARGET_MS,
    summary,
    steps,
    longTasks: probe.longTasks,
    slowEvents: probe.events,
  });

  printSummary(steps, summary);
  console.log(`CPU slowdown: ${cpuSlowdown}x\nWritten to ${file}`);
}

await main();
