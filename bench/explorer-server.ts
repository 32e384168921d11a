// Serves the production build over a generated dataset (10,000 publications unless a count is
// given) on 127.0.0.1 and measures the explorer's JSON route and its server-rendered page for a
// few filter combinations, and the server's resident memory. Each URL is timed twice:
//   cold: its first request. Its list query has no cached result yet, but a query it shares with
//     an earlier URL does, such as the facet rows of the same search text.
//   warm: then CONNECTIONS connections for SECONDS seconds, served from cached results.
// Before the cold requests, one request to each route with a search text of its own loads the
// dataset and the route's code. Its time is reported apart as the load time.
//
//   npm run bench:explorer                 build into .next-bench, then measure
//   BENCH_SKIP_BUILD=1 npm run bench:explorer -- [COUNT]
import autocannon from 'autocannon';

import { writeDataset } from './generate-dataset.ts';
import { residentMiB } from './lib/process-memory.ts';
import { serveProductionBuild } from './lib/production-build.ts';
import { writeResults } from './lib/results.ts';

const DEFAULT_PUBLICATIONS = 10_000;
const PAGE_SIZE = 50;
/** Low concurrency, so the figures show the time per request rather than queueing. */
const CONNECTIONS = 2;
const SECONDS = 10;
const MEMORY_SAMPLE_MS = 250;

type UrlReport = {
  url: string;
  coldMs: number;
  warm: { requests: number; p50: number; p99: number; max: number; non2xx: number; errors: number };
};

function routes(publications: number): string[] {
  const middle = Math.max(1, Math.ceil(publications / PAGE_SIZE / 2));
  const filters = [
    '',
    `?page=${middle}`,
    '?area=area-3',
    '?area=area-3&type=journal&page=2',
    '?q=sparsity',
    '?year=2010&year=2011&type=conference',
  ];
  return [
    ...filters.map((query) => `/api/publications${query}`),
    ...filters.map((query) => `/publications${query}`),
  ];
}

/** Requests a URL once, reads the whole body, and returns the time taken in milliseconds. */
async function timeRequest(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) {
    throw new Error(`GET ${url} responded with ${response.status}, expected 200`);
  }
  return performance.now() - started;
}

async function main(): Promise<void> {
  const publications = Number(process.argv[2] ?? DEFAULT_PUBLICATIONS);
  if (!Number.isInteger(publications) || publications < 1) {
    throw new Error(`Invalid publication count "${process.argv[2]}": expected a whole number.`);
  }
  const datasetFile = writeDataset(publications).file;

  // The prerendered pages of the build come from the bundled dataset. The explorer and its JSON
  // route read LOCAL_DATASET_PATH on every request, so they serve the generated file.
  const server = await serveProductionBuild({ LOCAL_DATASET_PATH: datasetFile });
  let peakMiB = residentMiB(server.pid);
  const sampler = setInterval(() => {
    peakMiB = Math.max(peakMiB, residentMiB(server.pid));
  }, MEMORY_SAMPLE_MS);

  try {
    const idleMiB = residentMiB(server.pid);
    const loadMs =
      (await timeRequest(`${server.baseUrl}/api/publications?q=load`)) +
      (await timeRequest(`${server.baseUrl}/publications?q=load`));

    const reports: UrlReport[] = [];
    for (const route of routes(publications)) {
      const coldMs = await timeRequest(server.baseUrl + route);
      const result = await autocannon({
        url: server.baseUrl + route,
        connections: CONNECTIONS,
        duration: SECONDS,
      });
      reports.push({
        url: route,
        coldMs: Math.round(coldMs),
        warm: {
          requests: result.requests.total,
          p50: result.latency.p50,
          p99: result.latency.p99,
          max: result.latency.max,
          non2xx: result.non2xx,
          errors: result.errors,
        },
      });
    }
    const afterMiB = residentMiB(server.pid);
    clearInterval(sampler);

    const report = {
      date: new Date().toISOString(),
      publications,
      connections: CONNECTIONS,
      seconds: SECONDS,
      datasetLoadMs: Math.round(loadMs),
      residentMiB: {
        idle: Math.round(idleMiB),
        afterRun: Math.round(afterMiB),
        peak: Math.round(peakMiB),
      },
      urls: reports,
    };
    const file = writeResults(`explorer-server-${publications}`, new Date(report.date), report);

    console.log(`| URL | Cold ms | Warm p50 ms | Warm p99 ms | Requests | Non-2xx |`);
    for (const { url, coldMs, warm } of reports) {
      console.log(
        `| \`${url}\` | ${coldMs} | ${warm.p50} | ${warm.p99} | ${warm.requests} | ${warm.non2xx} |`,
      );
    }
    console.log(
      `Load (first two requests) ${report.datasetLoadMs} ms; resident memory ` +
        `idle ${report.residentMiB.idle} MiB, peak ${report.residentMiB.peak} MiB, ` +
        `after ${report.residentMiB.afterRun} MiB`,
    );
    console.log(`Written to ${file}`);
  } finally {
    clearInterval(sampler);
    await server.stop();
  }
}

await main();
