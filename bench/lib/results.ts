import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { fromRoot } from './production-build.ts';

/**
 * Writes a benchmark report to bench/results/NAME-YYYY-MM-DD.json (the UTC date of `date`),
 * replacing a report of the same name from the same day, and returns its path relative to the
 * repository root.
 */
export function writeResults(name: string, date: Date, report: unknown): string {
  const folder = fromRoot('bench', 'results');
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${name}-${date.toISOString().slice(0, 10)}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return path.relative(fromRoot(), file);
}
