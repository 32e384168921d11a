// Drives the production server at 100 concurrent connections for 60 s across the main routes and
// filtered explorer URLs, after a 30 s warm-up, and reports requests, errors, latency and the
// server's resident memory before and after. Every request goes to 127.0.0.1.
//
//   npm run bench:soak            build into .next-bench, then measure
//   BENCH_SKIP_BUILD=1 npm run bench:soak
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import autocannon from 'autocannon';

import { startServer } from '../e2e/server.ts';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

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

// The bundled dataset, whatever .env.local sets: Next.js does not override a variable that the
// environment already has, even an empty one.
const environment: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_PUBLIC_SANITY_PROJECT_ID: '',
  NEXT_PUBLIC_SANITY_DATASET: '',
  SANITY_API_READ_TOKEN: '',
  NEXT_TELEMETRY_DISABLED: '1',
  // A production build needs the public origin; the soak never follows an absolute link.
  NEXT_PUBLIC_SITE_URL: 'http://127.0.0.1:3000',
  NEXT_DIST_DIR: '.next-bench',
};

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: root,
      env: environment,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`)),
    );
  });
}

/** Resident memory in MiB of a process and all its descendants, read from /proc (Linux). */
function residentMiB(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rssKiB = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
      rssKiB.set(Number(entry), rss);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended between listing and reading, so it uses no memory any more.
    }
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    total += rssKiB.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
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
  if (process.env.BENCH_SKIP_BUILD !== '1') await build();

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
