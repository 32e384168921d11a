// Loaded into the server under test with `node --import`, only by the benchmark scripts. Every
// second it appends one JSON line of the process's memory, in bytes, to the file named by
// MEMORY_PROBE_FILE. On SIGUSR2 it first runs a full garbage collection and marks the sample.
// Comparing those samples shows the heap the server really retains: a growing one means a leak
// or caches filling, a steady one means the rest is memory V8 and the allocator keep unused.
import { appendFileSync, readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const file = process.env.MEMORY_PROBE_FILE;

/**
 * Resident memory split into anonymous pages (heaps, malloc arenas, stacks) and pages mapped from
 * files (the node binary, native modules), in bytes; Linux only, null elsewhere.
 */
function residentParts() {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kib = (field) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rssAnon: kib('RssAnon') * 1024, rssFile: kib('RssFile') * 1024 };
  } catch {
    return { rssAnon: null, rssFile: null };
  }
}

function record(afterFullGc) {
  const usage = process.memoryUsage();
  const sample = {
    time: Date.now(),
    pid: process.pid,
    afterFullGc,
    rss: usage.rss,
    heapTotal: usage.heapTotal,
    heapUsed: usage.heapUsed,
    external: usage.external,
    arrayBuffers: usage.arrayBuffers,
    ...residentParts(),
  };
  appendFileSync(file, `${JSON.stringify(sample)}\n`);
}

if (file) {
  // Exposes `gc` without a command-line flag: V8 reads the flag when it creates the new context.
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc');

  const timer = setInterval(() => record(false), 1000);
  // The probe must never keep a server alive that would otherwise exit.
  timer.unref();
  process.on('SIGUSR2', () => {
    collectGarbage();
    record(true);
  });
}
