// Compares the request rate of `next start` with nginx serving the same prerendered HTML, and the
// rate of a filtered explorer page and of the explorer's JSON route with a prerendered page. The
// two sides of each comparison run back to back, in alternating order, at 50 connections, plain
// and with `Accept-Encoding: gzip`. Writes bench/results/serve-DATE.json. Every request goes to
// 127.0.0.1, and nginx runs as a child process with a configuration in a temporary directory.
//
//   npm run bench:serve                      build into .next-bench, then measure
//   BENCH_SKIP_BUILD=1 npm run bench:serve   reuse the last build
//   BENCH_RUN_SECONDS=10 BENCH_PAIRS=3       seconds per run, pairs of runs per comparison
//   NGINX_BIN=/path/to/nginx                 an nginx other than the one on PATH or in /usr/sbin
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { freePort } from '../e2e/server.ts';
import { type Endpoint, measureLoad } from './lib/load-run.ts';
import { findNginx, NginxNotFoundError, nginxVersion, startNginx } from './lib/nginx.ts';
import { assertServes, copyPrerenderedPage, verifyPageCopy } from './lib/page-copies.ts';
import { serveProductionBuild } from './lib/production-build.ts';
import { writeResults } from './lib/results.ts';
import {
  checkTargets,
  type Comparison,
  describeEndpoint,
  type Run,
  summarizeComparison,
} from './lib/serve-summary.ts';
import { stopOnExit } from './lib/stop-on-exit.ts';

const CONNECTIONS = 50;
const RUN_SECONDS = positiveInteger('BENCH_RUN_SECONDS', 10);
const PAIRS = positiveInteger('BENCH_PAIRS', 3);
/** Seconds of load on each endpoint before the measured runs, so V8 has compiled the hot paths. */
const WARM_UP_SECONDS = 5;

const HOME = '/';
const PUBLICATION = '/publications/mesa';
const PRERENDERED_PATHS = [HOME, PUBLICATION];
const EXPLORER = '/publications?area=computer-architecture';
const JSON_ROUTE = '/api/publications?area=computer-architecture';

const COMPARISONS: Comparison[] = [false, true].flatMap((gzip) => {
  const encoding = gzip ? 'gzip' : 'identity';
  const next = (urlPath: string): Endpoint => ({ server: 'next', path: urlPath });
  const nginx = (urlPath: string): Endpoint => ({ server: 'nginx', path: urlPath });
  return [
    {
      name: `home vs nginx, ${encoding}`,
      subject: next(HOME),
      baseline: nginx(HOME),
      gzip,
      minimumRatio: 0.25,
    },
    {
      name: `publication vs nginx, ${encoding}`,
      subject: next(PUBLICATION),
      baseline: nginx(PUBLICATION),
      gzip,
      minimumRatio: 0.25,
    },
    {
      name: `explorer vs home, ${encoding}`,
      subject: next(EXPLORER),
      baseline: next(HOME),
      gzip,
      minimumRatio: 0.5,
    },
    {
      name: `JSON route vs home, ${encoding}`,
      subject: next(JSON_ROUTE),
      baseline: next(HOME),
      gzip,
      minimumRatio: null,
    },
  ];
});

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`Invalid ${name} "${raw}": expected a whole number of at least 1.`);
  }
  return value;
}

function formatRun(run: Run): string {
  return [
    `pair ${run.pair + 1}/${PAIRS}`,
    run.comparison.padEnd(30),
    describeEndpoint(run.endpoint).padEnd(52),
    `${Math.round(run.requestsPerSecond)} req/s`.padStart(12),
    `p50 ${run.p50Ms} ms`,
    `p99 ${run.p99Ms} ms`,
    `errors ${run.errors}, non-2xx ${run.non2xx}`,
  ].join('  ');
}

async function main(): Promise<void> {
  // Before the build, so a missing nginx is reported in seconds rather than minutes.
  const nginxBinary = findNginx();
  const directory = mkdtempSync(path.join(os.tmpdir(), 'bench-serve-'));
  process.on('exit', () => rmSync(directory, { recursive: true, force: true }));
  // nginx started as root reads files as `nobody`, and mkdtemp creates the directory mode 700.
  chmodSync(directory, 0o755);
  const htmlRoot = path.join(directory, 'html');
  mkdirSync(htmlRoot);

  const server = await serveProductionBuild();
  const loadAverageBefore = os.loadavg();
  const untrackServer = stopOnExit(server.pid, 'next start');
  let nginx: Awaited<ReturnType<typeof startNginx>> | null = null;
  try {
    for (const urlPath of PRERENDERED_PATHS) {
      await copyPrerenderedPage(server.baseUrl, urlPath, htmlRoot);
    }
    nginx = await startNginx(
      nginxBinary,
      path.join(directory, 'nginx'),
      htmlRoot,
      await freePort(),
    );
    const baseUrls = { next: server.baseUrl, nginx: nginx.baseUrl };
    const urlOf = (endpoint: Endpoint) => `${baseUrls[endpoint.server]}${endpoint.path}`;

    const pages = [];
    for (const urlPath of PRERENDERED_PATHS) {
      pages.push(await verifyPageCopy(server.baseUrl, nginx.baseUrl, urlPath, htmlRoot));
    }
    for (const urlPath of [EXPLORER, JSON_ROUTE]) {
      await assertServes(`${server.baseUrl}${urlPath}`);
    }

    const warmUps = new Map<string, { endpoint: Endpoint; gzip: boolean }>();
    for (const { subject, baseline, gzip } of COMPARISONS) {
      for (const endpoint of [subject, baseline]) {
        warmUps.set(`${describeEndpoint(endpoint)} ${gzip}`, { endpoint, gzip });
      }
    }
    console.log(`Warming up ${warmUps.size} endpoints for ${WARM_UP_SECONDS} s each.`);
    for (const { endpoint, gzip } of warmUps.values()) {
      await measureLoad(urlOf(endpoint), CONNECTIONS, WARM_UP_SECONDS, gzip);
    }

    // Pairs go round all comparisons before the next pair starts, so a slow minute on a shared
    // machine lands in one pair of many comparisons, not in every pair of one comparison.
    const runs: Run[] = [];
    for (let pair = 0; pair < PAIRS; pair += 1) {
      for (const comparison of COMPARISONS) {
        const roles =
          pair % 2 === 0 ? (['subject', 'baseline'] as const) : (['baseline', 'subject'] as const);
        for (const role of roles) {
          const endpoint = comparison[role];
          const figures = await measureLoad(
            urlOf(endpoint),
            CONNECTIONS,
            RUN_SECONDS,
            comparison.gzip,
          );
          const run: Run = {
            ...figures,
            comparison: comparison.name,
            role,
            endpoint,
            gzip: comparison.gzip,
            pair,
          };
          runs.push(run);
          console.log(formatRun(run));
        }
      }
    }

    const summaries = COMPARISONS.map((comparison) => summarizeComparison(comparison, runs));
    const targets = checkTargets(summaries, runs);
    const report = {
      date: new Date().toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.availableParallelism(),
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        nginx: nginxVersion(nginxBinary),
        nginxWorkers: nginx.workerCount(),
        // Load averages over 1, 5 and 15 minutes, to show whether other work shared the cores.
        loadAverageBefore,
        loadAverageAfter: os.loadavg(),
      },
      connections: CONNECTIONS,
      runSeconds: RUN_SECONDS,
      warmUpSeconds: WARM_UP_SECONDS,
      pairs: PAIRS,
      pages,
      comparisons: summaries,
      targets,
      runs,
    };

    const file = writeResults('serve', new Date(report.date), report);

    console.log('\nMedian ratio of req/s per comparison (one ratio per pair):');
    for (const summary of summaries) {
      const ratios = summary.ratios.map((ratio) => ratio.toFixed(3)).join(', ');
      console.log(`  ${summary.name.padEnd(30)} ${summary.medianRatio.toFixed(3)}  (${ratios})`);
    }
    console.log('\nTargets:');
    for (const { target, measured, met } of targets) {
      console.log(`  ${met ? 'met    ' : 'NOT MET'}  ${target}: ${measured}`);
    }
    console.log(`\nWritten to ${file}`);
  } finally {
    await nginx?.stop();
    await server.stop();
    untrackServer();
    rmSync(directory, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  // The fix is in the message, so a stack trace would only bury it.
  if (!(error instanceof NginxNotFoundError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
