// Drives the production server at 100 concurrent connections for 60 s across the main routes and
// filtered explorer URLs, after a 30 s warm-up, and reports requests, errors, latency and the
// server's resident memory before and after. Every request goes to 127.0.0.1.
//
//   npm run bench:soak            build into .next-bench, then measure
//   BENCH_SKIP_BUILD=1 npm run bench:soak
//   SOAK_HEAP_MIB=0               run the server without a heap budget (V8's default)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';

import autocannon from 'autocannon';

import { residentMiB } from './lib/process-memory.ts';
import { BENCH_ENVIRONMENT, fromRoot, serveProductionBuild } from './lib/production-build.ts';
import { writeResults } from './lib/results.ts';

const CONNECTIONS = 100;
// The warm-up fills the caches (each filter combination is evaluated once, then kept) and lets
// V8 size its heap; SOAK_WARM_UP_SECONDS overrides it to study how memory settles.
const WARM_UP_SECONDS = Number(process.env.SOAK_WARM_UP_SECONDS ?? 30);
const SOAK_SECONDS = 60;
const SETTLE_SECONDS = 10;
// The server's V8 heap budget in MiB (`--max-old-space-size`), as docs/deploy.md advises for
// production. V8 keeps the pages of its heap mapped after a collection frees them, so without a
// budget resident memory follows the highest heap that bursts of load reached.
const HEAP_BUDGET_MIB = Number(process.env.SOAK_HEAP_MIB ?? 512);
const ROUTES = [
  '/',
  '/publications',
  '/publications?area=computer-architecture',
  '/publications?area=foundational-models&area=computer-architecture',
  '/publications?year=2024&type=conference',
  '/publications?q=sparsity',
  '/publications/mesa',
  '/cv',
  '/cv?view=short',
  '/api/publications?area=efficient-deep-neural-network',
  '/cv.json',
];

type MemorySample = {
  pid: number;
  afterFullGc: boolean;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  rssAnon: number | null;
  anonymousByMapping: AnonymousByMapping | null;
};

type AnonymousByMapping = { v8Pages: number; brkHeap: number; arenaSized: number; other: number };

const MIB = 1024 * 1024;

/**
 * Asks the server's memory probe (bench/support/memory-probe.mjs) for a full garbage collection
 * and returns the sample it records right after, in MiB.
 */
async function retainedMemory(
  pid: number,
  probeFile: string,
): Promise<{
  heapUsed: number;
  heapTotal: number;
  external: number;
  rss: number;
  rssAnon: number | null;
  anonymousByMapping: AnonymousByMapping | null;
}> {
  const collectionsBefore = readSamples(probeFile).filter((sample) => sample.afterFullGc).length;
  process.kill(pid, 'SIGUSR2');
  for (let attempt = 0; attempt < 50; attempt += 1) {
    await sleep(200);
    const collections = readSamples(probeFile).filter((sample) => sample.afterFullGc);
    const latest = collections[collectionsBefore];
    if (latest) {
      return {
        heapUsed: Math.round(latest.heapUsed / MIB),
        heapTotal: Math.round(latest.heapTotal / MIB),
        external: Math.round(latest.external / MIB),
        rss: Math.round(latest.rss / MIB),
        rssAnon: latest.rssAnon === null ? null : Math.round(latest.rssAnon / MIB),
        anonymousByMapping: latest.anonymousByMapping && inMiB(latest.anonymousByMapping),
      };
    }
  }
  throw new Error(`The memory probe of process ${pid} recorded no sample within 10 s of SIGUSR2`);
}

/**
 * Lets the requests still running when the load stops finish, then collects garbage, so that
 * memory read afterwards is what the server keeps between requests. Read straight away, it also
 * counts the working memory of up to 100 renders in flight, which varied by hundreds of MiB from
 * one run to the next.
 */
async function settle(pid: number, probeFile: string): ReturnType<typeof retainedMemory> {
  await sleep(SETTLE_SECONDS * 1000);
  return retainedMemory(pid, probeFile);
}

function inMiB(parts: AnonymousByMapping): AnonymousByMapping {
  return {
    v8Pages: Math.round(parts.v8Pages / MIB),
    brkHeap: Math.round(parts.brkHeap / MIB),
    arenaSized: Math.round(parts.arenaSized / MIB),
    other: Math.round(parts.other / MIB),
  };
}

function readSamples(probeFile: string): MemorySample[] {
  return readFileSync(probeFile, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as MemorySample);
}

function drive(baseUrl: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: baseUrl,
    connections: CONNECTIONS,
    duration: seconds,
    requests: ROUTES.map((route) => ({ method: 'GET', path: route })),
  });
}

async function main(): Promise<void> {
  const probeDirectory = mkdtempSync(path.join(tmpdir(), 'soak-memory-'));
  const probeFile = path.join(probeDirectory, 'samples.ndjson');
  writeFileSync(probeFile, '');
  const probe = pathToFileURL(fromRoot('bench', 'support', 'memory-probe.mjs')).href;
  const server = await serveProductionBuild({
    NODE_OPTIONS: [
      BENCH_ENVIRONMENT.NODE_OPTIONS,
      HEAP_BUDGET_MIB > 0 ? `--max-old-space-size=${HEAP_BUDGET_MIB}` : '',
      `--import=${probe}`,
    ]
      .filter(Boolean)
      .join(' '),
    MEMORY_PROBE_FILE: probeFile,
  });
  try {
    await drive(server.baseUrl, WARM_UP_SECONDS);
    const loadEndBefore = residentMiB(server.pid);
    const retainedBefore = await settle(server.pid, probeFile);
    const memoryBefore = residentMiB(server.pid);
    const result = await drive(server.baseUrl, SOAK_SECONDS);
    const loadEndAfter = residentMiB(server.pid);
    const retainedAfter = await settle(server.pid, probeFile);
    const memoryAfter = residentMiB(server.pid);

    const report = {
      date: new Date().toISOString(),
      connections: CONNECTIONS,
      seconds: SOAK_SECONDS,
      routes: ROUTES,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      residentMiB: {
        afterWarmUp: Math.round(memoryBefore),
        afterSoak: Math.round(memoryAfter),
        growthPercent: growthPercent(memoryBefore, memoryAfter),
      },
      // Read the moment the load stops, while the last requests still hold their working memory.
      residentAtLoadEndMiB: {
        afterWarmUp: Math.round(loadEndBefore),
        afterSoak: Math.round(loadEndAfter),
        growthPercent: growthPercent(loadEndBefore, loadEndAfter),
      },
      // Measured right after a full garbage collection: what the server really keeps.
      afterFullGcMiB: {
        afterWarmUp: retainedBefore,
        afterSoak: retainedAfter,
        heapGrowthPercent: growthPercent(retainedBefore.heapUsed, retainedAfter.heapUsed),
      },
      warmUpSeconds: WARM_UP_SECONDS,
      heapBudgetMiB: HEAP_BUDGET_MIB > 0 ? HEAP_BUDGET_MIB : null,
      // A malloc preloaded into the server (jemalloc was tried this way), or null for glibc's.
      preloadedLibrary: process.env.LD_PRELOAD ?? null,
    };
    const file = writeResults('soak', new Date(report.date), report);
    console.log(JSON.stringify(report, null, 2));
    console.log(`Written to ${file}`);
  } finally {
    await server.stop();
    rmSync(probeDirectory, { recursive: true, force: true });
  }
}

function growthPercent(before: number, after: number): number {
  return Math.round(((after - before) / before) * 1000) / 10;
}

await main();
