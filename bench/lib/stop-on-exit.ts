// Stops the processes a benchmark started when the benchmark ends without stopping them itself:
// on a thrown error, on Ctrl-C (SIGINT), SIGTERM or SIGHUP. On exit every process whose parent
// is this one gets SIGTERM by PID, read from /proc, so only processes this benchmark started are
// hit. A SIGKILL of the benchmark cannot be caught and leaves them running.
import { constants } from 'node:os';

import { childPids } from './process-memory.ts';

type Tracked = { name: string; processGroup: boolean };

const tracked = new Map<number, Tracked>();

/**
 * Names child `pid` in the exit log and, with `processGroup`, sends the exit signal to its whole
 * process group (the child must have been spawned with `detached: true`, which makes it the
 * group's leader). Returns a function that stops tracking the child, for when the benchmark has
 * stopped it itself.
 */
export function stopOnExit(pid: number, name: string, processGroup = false): () => void {
  tracked.set(pid, { name, processGroup });
  return () => tracked.delete(pid);
}

process.on('exit', () => {
  for (const pid of childPids(process.pid)) {
    const { name, processGroup } = tracked.get(pid) ?? {
      name: 'child process',
      processGroup: false,
    };
    console.error(`Stopping ${name} (PID ${pid}) on exit.`);
    try {
      process.kill(processGroup ? -pid : pid, 'SIGTERM');
    } catch (error) {
      console.error(`Could not stop ${name} (PID ${pid}):`, error);
    }
  }
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    console.error(`Received ${signal}: stopping the benchmark.`);
    // Exiting runs the 'exit' listener above; 128 + signal number is the shell's convention.
    process.exit(128 + constants.signals[signal]);
  });
}
