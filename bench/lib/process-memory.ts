import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory in MiB of a process and all its descendants, read from /proc (Linux). */
export function residentMiB(rootPid: number): number {
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

/** Returns the parent PID of `pid` from /proc (Linux), or null when no such process exists. */
export function parentPid(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
  } catch {
    return null;
  }
}

/** Returns the PIDs whose parent is `pid`, read from /proc (Linux). */
export function childPids(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((candidate) => parentPid(candidate) === pid);
}
