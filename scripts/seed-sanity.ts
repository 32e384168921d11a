// Imports an NDJSON dataset (the bundled one by default) into the configured Sanity project.
// It creates the documents the project lacks and leaves the others alone, so running it twice
// writes nothing and never undoes an edit made in the Studio. With --overwrite it also replaces
// documents that differ from the file.
//
//   npm run seed -- [--dry-run] [--overwrite] [FILE]
//
// Reads NEXT_PUBLIC_SANITY_PROJECT_ID, NEXT_PUBLIC_SANITY_DATASET and SANITY_API_WRITE_TOKEN (an
// Editor token from sanity.io/manage) from the environment, .env.local or .env. The write token
// is used here only and never by the site.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parseNdjson, type StoredDocument } from '../sanity/lib/local-dataset';
import { planSeed } from '../sanity/lib/seed-plan';
import { loadEnvFiles } from './lib/load-env-files';
import { createProjectClient, MissingProjectConfigError } from './lib/sanity-write-client';

/** Documents per request; the Content Lake accepts far larger transactions, this keeps each small. */
const BATCH_SIZE = 100;

const USAGE = 'Usage: npm run seed -- [--dry-run] [--overwrite] [FILE]';

class SeedError extends Error {
  override name = 'SeedError';
}

function parseArguments(args: readonly string[]) {
  const flags = new Set(args.filter((arg) => arg.startsWith('-')));
  const files = args.filter((arg) => !arg.startsWith('-'));
  const unknown = [...flags].filter((flag) => flag !== '--dry-run' && flag !== '--overwrite');
  if (unknown.length > 0 || files.length > 1) {
    throw new SeedError(`Unknown argument ${unknown[0] ?? files[1]}. ${USAGE}`);
  }
  return {
    // `npm run seed --dry-run`, without `--`, reaches the script as npm's own dry-run setting.
    dryRun: flags.has('--dry-run') || process.env.npm_config_dry_run === 'true',
    overwrite: flags.has('--overwrite'),
    file: path.resolve(files[0] ?? 'sanity/dataset/production.ndjson'),
  };
}

async function seed(): Promise<void> {
  loadEnvFiles();
  const options = parseArguments(process.argv.slice(2));
  const documents = parseNdjson(readFileSync(options.file, 'utf8'), options.file);
  if (documents.length === 0) {
    throw new SeedError(`${options.file} contains no documents.`);
  }
  const { client, target } = createProjectClient();

  const existing = new Map<string, StoredDocument>();
  for (let start = 0; start < documents.length; start += BATCH_SIZE) {
    const ids = documents.slice(start, start + BATCH_SIZE).map((document) => document._id);
    const found = await client.fetch<StoredDocument[]>('*[_id in $ids]', { ids });
    for (const document of found) existing.set(document._id, document);
  }

  const plan = planSeed(documents, existing);
  console.log(
    `${path.relative(process.cwd(), options.file)} → ${target}: ${plan.create.length} to create, ` +
      `${plan.update.length} different, ${plan.unchanged.length} unchanged.`,
  );
  if (plan.update.length > 0 && !options.overwrite) {
    console.log(
      `${plan.update.length} documents differ from the file and are kept as they are. Pass --overwrite to replace them.`,
    );
  }

  const writes = options.overwrite ? [...plan.create, ...plan.update] : plan.create;
  if (options.dryRun || writes.length === 0) {
    return;
  }

  for (let start = 0; start < writes.length; start += BATCH_SIZE) {
    const transaction = client.transaction();
    for (const document of writes.slice(start, start + BATCH_SIZE)) {
      transaction.createOrReplace(document);
    }
    await transaction.commit({ visibility: 'async' });
    console.log(
      `Wrote ${Math.min(start + BATCH_SIZE, writes.length)} of ${writes.length} documents.`,
    );
  }
}

try {
  await seed();
} catch (error) {
  // One line with the cause and what to do, in place of a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Import failed: ${message}`);
  process.exitCode =
    error instanceof SeedError || error instanceof MissingProjectConfigError ? 2 : 1;
}
