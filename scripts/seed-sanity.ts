// Imports an NDJSON dataset (the bundled one by default) into the configured Sanity project.
// Documents that are already there and equal are left alone, so running it twice writes nothing.
//
//   npm run seed [-- --dry-run] [FILE]
//
// Needs NEXT_PUBLIC_SANITY_PROJECT_ID, NEXT_PUBLIC_SANITY_DATASET and SANITY_API_WRITE_TOKEN (an
// Editor token from sanity.io/manage). The write token is used here only and never by the site.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { createClient } from '@sanity/client';

import { readSanityProjectConfig } from '../sanity/lib/env';
import { parseNdjson, type StoredDocument } from '../sanity/lib/local-dataset';
import { planSeed } from '../sanity/lib/seed-plan';

/** Documents per request; the Content Lake accepts far larger transactions, this keeps each small. */
const BATCH_SIZE = 100;

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const file = path.resolve(
  args.find((arg) => !arg.startsWith('--')) ?? 'sanity/dataset/production.ndjson',
);

const project = readSanityProjectConfig({
  NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
  NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
  NEXT_PUBLIC_SANITY_API_VERSION: process.env.NEXT_PUBLIC_SANITY_API_VERSION,
});
const token = process.env.SANITY_API_WRITE_TOKEN?.trim();
if (!project || !token) {
  console.error(
    'Set NEXT_PUBLIC_SANITY_PROJECT_ID, NEXT_PUBLIC_SANITY_DATASET and SANITY_API_WRITE_TOKEN (an Editor token) to import into a project.',
  );
  process.exit(2);
}

const client = createClient({
  // SANITY_API_HOST points the import at another API host, such as a local test server.
  ...(process.env.SANITY_API_HOST
    ? { apiHost: process.env.SANITY_API_HOST, useProjectHostname: false }
    : {}),
  projectId: project.projectId,
  dataset: project.dataset,
  apiVersion: project.apiVersion,
  token,
  useCdn: false,
  perspective: 'raw',
});

const documents = parseNdjson(readFileSync(file, 'utf8'), file);

const existing = new Map<string, StoredDocument>();
for (let start = 0; start < documents.length; start += BATCH_SIZE) {
  const ids = documents.slice(start, start + BATCH_SIZE).map((document) => document._id);
  const found = await client.fetch<StoredDocument[]>('*[_id in $ids]', { ids });
  for (const document of found) existing.set(document._id, document);
}

const plan = planSeed(documents, existing);
console.log(
  `${path.relative(process.cwd(), file)} → ${project.projectId}/${project.dataset}: ` +
    `${plan.create.length} to create, ${plan.update.length} to update, ${plan.unchanged.length} unchanged.`,
);

const writes = [...plan.create, ...plan.update];
if (dryRun || writes.length === 0) {
  process.exit(0);
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
