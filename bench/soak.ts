// Drives the production server at 100 concurrent connections for 60 s across the main routes and
// filtered explorer URLs, after a 30 s warm-up, and reports requests, errors, latency and the
// server's resident memory before and after. Every request goes to 127.0.0.1.
//
//   npm run bench:soak            build into .next-bench, then measure
//   BENCH_SKIP_BUILD=1 npm run bench:soak
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import autocannon from 'autocannon';

import { startServer } from '../e2e/server.ts';
import { benchEnvironment, buildSite, root } from './lib/next-build.ts';
import { residentMiB } from './lib/process-memory.ts';

const CONNECTIONS = 100;
const WARM_UP_SECONDS = 30;
const SOAK_SECONDS = 60;
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

const environment = benchEnvironment('.next-bench');

function drive(baseUrl: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: baseUrl,
    connections: CONNECTIONS,
    duration: seconds,
    requests: ROUTES.map((route) => ({ method: 'GET', path: route })),
  });
}

async function main(): Promise<void> {
  if (process.env.BENCH_SKIP_BUILD !== '1') await buildSite(environment);

  const server = await startServer(environment);
  try {
    await drive(server.baseUrl, WARM_UP_SECONDS);
    const memoryBefore = residentMiB(server.pid);
    const result = await drive(server.baseUrl, SOAK_SECONDS);
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
        growthPercent: Math.round(((memoryAfter - memoryBefore) / memoryBefore) * 1000) / 10,
      },
    };
    mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
    const file = path.join(root, 'bench', 'results', `soak-${report.date.slice(0, 10)}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(JSON.stringify(report, null, 2));
    console.log(`Written to ${path.relative(root, file)}`);
  } finally {
    await server.stop();
  }
}

await main();
