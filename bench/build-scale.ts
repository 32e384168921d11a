// Times a cold `next build` over the bundled dataset and over generated datasets (10,000
// publications by default), and samples the resident memory of the build's whole process tree
// every 250 ms from /proc (Linux). Writes bench/results/build-DATE.json.
//
//   npm run bench:build                    the bundled dataset, then 10,000 publications
//   npm run bench:build -- 1000 50000      the bundled dataset, then each count given
//   BENCH_BUILD_TIMEOUT_MINUTES=60         stop a build that runs longer, and record that
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { writeDataset } from './generate-dataset.ts';
import { residentMiB } from './lib/process-memory.ts';
import { benchEnvironment, nextBin, root } from './lib/production-build.ts';
import { writeResults } from './lib/results.ts';
import { stopOnExit } from './lib/stop-on-exit.ts';

const DIST_DIR = '.next-bench-scale';
const SAMPLE_INTERVAL_MS = 250;
const BUNDLED_DATASET = path.join(root, 'sanity', 'dataset', 'production.ndjson');
const DEFAULT_COUNTS = [10_000];

type BuildCase = {
  name: string;
  /** The NDJSON file the build reads; null builds the bundled dataset the default way. */
  datasetPath: string | null;
  publications: number;
};

type BuildFigures = {
  exit: string;
  timedOut: boolean;
  wallSeconds: number;
  peakResidentMiB: number;
  samples: number;
  /**
   * From the build's own "Generating static pages" lines: pages done of the total, and the
   * phase's seconds once it finished. Null when the build printed no such line.
   */
  staticPages: { done: number; total: number; workers: number; seconds: number | null } | null;
};

function readCounts(): number[] {
  const words = process.argv.slice(2);
  const counts = words.map(Number);
  const invalid = words.filter(
    (_, index) => !Number.isInteger(counts[index]) || counts[index]! < 1,
  );
  if (invalid.length > 0) {
    throw new Error(
      `Invalid publication count "${invalid.join('", "')}": expected whole numbers of at least 1, as in npm run bench:build -- 10000.`,
    );
  }
  return counts.length > 0 ? counts : DEFAULT_COUNTS;
}

function readTimeoutMs(): number {
  const raw = process.env.BENCH_BUILD_TIMEOUT_MINUTES?.trim() || '60';
  const minutes = Number(raw);
  if (!Number.isFinite(minutes) || minutes <= 0) {
    throw new Error(
      `Invalid BENCH_BUILD_TIMEOUT_MINUTES "${raw}": expected a positive number of minutes.`,
    );
  }
  return minutes * 60_000;
}

function countPublications(file: string): number {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .filter((line) => (JSON.parse(line) as { _type?: unknown })._type === 'publication').length;
}

/**
 * Reads the last "Generating static pages using 1 worker (68/68) in 4.6s" line of the build's
 * output. A build stopped early has printed only progress lines, "(961/11034)", without a time.
 */
function parseStaticPages(output: string): BuildFigures['staticPages'] {
  const matches = [
    ...output.matchAll(
      /Generating static pages using (\d+) workers? \((\d+)\/(\d+)\)(?: in ([\d.]+)(ms|s|min))?/g,
    ),
  ];
  const last = matches.at(-1);
  if (!last) return null;
  const [, workers, done, total, amount, unit] = last;
  const toSeconds = { ms: 0.001, s: 1, min: 60 } as const;
  return {
    done: Number(done),
    total: Number(total),
    workers: Number(workers),
    seconds:
      amount === undefined ? null : Number(amount) * toSeconds[unit as keyof typeof toSeconds],
  };
}

/**
 * Runs `next build` into an empty DIST_DIR, so no cache from an earlier build shortens it, and
 * returns its wall time and the peak of the summed resident memory of its process tree.
 */
function timeBuild(environment: NodeJS.ProcessEnv, timeoutMs: number): Promise<BuildFigures> {
  rmSync(path.join(root, DIST_DIR), { recursive: true, force: true });
  const started = performance.now();
  // detached: the build is the leader of its own process group, so a time-out or an exit of
  // this script can stop the build workers along with it.
  const child = spawn(process.execPath, [nextBin, 'build'], {
    cwd: root,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const pid = child.pid;
  if (pid === undefined) {
    return Promise.reject(new Error('Failed to start next build: spawn returned no process ID.'));
  }
  const untrack = stopOnExit(pid, 'next build', true);

  let output = '';
  const forward = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    stream.write(chunk);
    output += chunk.toString();
  };
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));

  let peak = 0;
  let samples = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, residentMiB(pid));
    samples += 1;
  }, SAMPLE_INTERVAL_MS);

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    console.error(`next build ran longer than ${timeoutMs / 60_000} min: stopping it.`);
    process.kill(-pid, 'SIGTERM');
  }, timeoutMs);

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    // 'close' rather than 'exit', so the last lines of output have been read.
    child.on('close', (code, signal) => {
      clearInterval(sampler);
      clearTimeout(timer);
      untrack();
      resolve({
        exit: code !== null ? `code ${code}` : `signal ${signal}`,
        timedOut,
        wallSeconds: Math.round((performance.now() - started) / 100) / 10,
        peakResidentMiB: Math.round(peak),
        samples,
        staticPages: parseStaticPages(output),
      });
    });
  });
}

async function main(): Promise<void> {
  const counts = readCounts();
  const timeoutMs = readTimeoutMs();
  const cases: BuildCase[] = [
    {
      name: 'bundled dataset',
      datasetPath: null,
      publications: countPublications(BUNDLED_DATASET),
    },
    ...counts.map((count) => ({
      name: `${count} generated publications`,
      datasetPath: writeDataset(count).file,
      publications: count,
    })),
  ];

  const results = [];
  for (const buildCase of cases) {
    console.log(`\n== next build: ${buildCase.name}`);
    const environment = {
      ...benchEnvironment(DIST_DIR),
      LOCAL_DATASET_PATH: buildCase.datasetPath ?? '',
    };
    const loadAverageBefore = os.loadavg();
    const figures = await timeBuild(environment, timeoutMs);
    results.push({
      ...buildCase,
      datasetPath: buildCase.datasetPath && path.relative(root, buildCase.datasetPath),
      ...figures,
      // Load averages over 1, 5 and 15 minutes, to show whether other work shared the cores.
      loadAverageBefore,
      loadAverageAfter: os.loadavg(),
    });
    console.log(
      `== ${buildCase.name}: ${figures.exit}${figures.timedOut ? ' (timed out)' : ''}, ${figures.wallSeconds} s, peak ${figures.peakResidentMiB} MiB`,
    );
  }

  const report = {
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.availableParallelism(),
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    sampleIntervalMs: SAMPLE_INTERVAL_MS,
    builds: results,
  };
  const file = writeResults('build', new Date(report.date), report);
  console.log(`\nWritten to ${file}`);

  if (results.some((result) => result.exit !== 'code 0')) {
    process.exitCode = 1;
  }
}

await main();
