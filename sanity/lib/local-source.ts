import 'server-only';

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { ValueCache } from '@/lib/value-cache';

import { LocalDataset, parseNdjson } from './local-dataset';

/** The dataset that ships with the site, in the format `sanity dataset import` reads. */
export const BUNDLED_DATASET_PATH = path.join(
  process.cwd(),
  'sanity',
  'dataset',
  'production.ndjson',
);

/**
 * Returns the file named by `LOCAL_DATASET_PATH`, or null. When set, the site reads this file even
 * with a Sanity project configured, while the Studio still edits the project.
 */
export function localDatasetOverride(): string | null {
  const configured = process.env.LOCAL_DATASET_PATH?.trim();
  return configured ? path.resolve(configured) : null;
}

/** Returns the NDJSON file the local source reads: `LOCAL_DATASET_PATH`, or the bundled dataset. */
export function localDatasetPath(): string {
  return localDatasetOverride() ?? BUNDLED_DATASET_PATH;
}

// One parsed file at a time, keyed by path and modification time.
const parsed = new ValueCache<LocalDataset>(1);

/**
 * Returns the local dataset, parsed once and parsed again only when the file's modification time
 * changes, so an edited or re-exported file shows up without a restart.
 */
export async function getLocalDataset(): Promise<LocalDataset> {
  const filePath = localDatasetPath();
  // The path comes from the environment, so the build cannot trace it. next.config.js ships the
  // bundled dataset with every route instead of letting the bundler trace the whole project.
  const { mtimeMs } = await stat(/* turbopackIgnore: true */ filePath);

  return parsed.get(`${mtimeMs} ${filePath}`, async () => {
    const text = await readFile(/* turbopackIgnore: true */ filePath, 'utf8');
    return new LocalDataset(parseNdjson(text, filePath));
  });
}
