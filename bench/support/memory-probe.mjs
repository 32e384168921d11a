// Loaded into the server under test with `node --import`, only by the benchmark scripts. Every
// second it appends one JSON line of the process's memory, in bytes, to the file named by
// MEMORY_PROBE_FILE. On SIGUSR2 it first runs a full garbage collection and marks the sample.
// Comparing those samples shows the heap the server really retains: a growing one means a leak
// or caches filling, a steady one means the rest is memory V8 and the allocator keep unused.
import { appendFileSync, readFileSync } from 'node:fs';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
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

/**
 * Returns anonymous resident memory in bytes, split by kind of mapping, from /proc/self/smaps
 * (Linux only; null elsewhere). V8 maps its heap in 256 KiB pages, glibc's main arena is `[heap]`
 * and its other arenas are 64 MiB mappings. Large V8 objects and thread stacks count as `other`.
 */
function anonymousByMapping() {
  let text;
  try {
    text = readFileSync('/proc/self/smaps', 'utf8');
  } catch {
    return null;
  }
  const parts = { v8Pages: 0, brkHeap: 0, arenaSized: 0, other: 0 };
  let name = '';
  let size = 0;
  for (const line of text.split('\n')) {
    const header = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \d+\s*(.*)$/.exec(line);
    if (header) {
      size = Number.parseInt(header[2], 16) - Number.parseInt(header[1], 16);
      name = header[3];
      continue;
    }
    const anonymous = /^Anonymous:\s+(\d+) kB/.exec(line);
    if (!anonymous || anonymous[1] === '0') continue;
    const bytes = Number(anonymous[1]) * 1024;
    if (name === '' && size === 256 * 1024) parts.v8Pages += bytes;
    else if (name === '[heap]') parts.brkHeap += bytes;
    else if (name === '' && size === 64 * 1024 * 1024) parts.arenaSized += bytes;
    else parts.other += bytes;
  }
  return parts;
}

function record(afterFullGc) {
  const usage = process.memoryUsage();
  const heap = getHeapStatistics();
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
    // Memory V8 allocates with malloc outside its heap (parser and compiler zones), and the most
    // it has held at once.
    mallocedMemory: heap.malloced_memory,
    peakMallocedMemory: heap.peak_malloced_memory,
    // The full breakdown is read only with a collection: reading smaps every second would cost
    // the server under test time of its own.
    anonymousByMapping: afterFullGc ? anonymousByMapping() : null,
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
