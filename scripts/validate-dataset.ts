// Validates every document of an NDJSON dataset against the Studio schema's own rules, offline,
// with references and slug uniqueness checked inside the same file. Sanity's hosted
// `sanity documents validate` cannot do this: it needs a login and the hosted dataset.
//
//   node --import ./scripts/lib/register-sanity-loader.mjs scripts/validate-dataset.ts [FILE]
//
// Exits with 1 when any document has an error; warnings are printed but pass.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { SanityClient } from '@sanity/client';
import { createSchema, type SanityDocument, validateDocument, type Workspace } from 'sanity';

import { LocalDataset, parseNdjson, type StoredDocument } from '../sanity/lib/local-dataset';
import { schemaTypes } from '../sanity/schemaTypes';

const file = path.resolve(process.argv[2] ?? 'sanity/dataset/production.ndjson');
let documents: StoredDocument[];
try {
  documents = parseNdjson(readFileSync(file, 'utf8'), file);
} catch (error) {
  console.error(`Validation failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
if (documents.length === 0) {
  console.error(`Validation failed: ${file} contains no documents.`);
  process.exit(1);
}
const dataset = new LocalDataset(documents);
const ids = new Set(documents.map((document) => document._id));

// The parts of a client that validation rules call: slug uniqueness runs a GROQ query.
const client = {
  fetch: (query: string, params: Record<string, unknown> = {}) =>
    dataset.query(query, params, 'drafts'),
  withConfig: () => client,
  config: () => ({ apiVersion: '2025-09-01', dataset: 'local', projectId: 'local' }),
} as unknown as SanityClient;

const schema = createSchema({ name: 'default', types: schemaTypes });
const workspace = { schema, getClient: () => client } as unknown as Workspace;

function formatPath(segments: readonly unknown[]): string {
  if (segments.length === 0) return '(document)';
  return segments
    .map((segment) =>
      typeof segment === 'object' && segment !== null && '_key' in segment
        ? `[_key=="${String(segment._key)}"]`
        : String(segment),
    )
    .join('.');
}

let errorCount = 0;
const warnings = new Map<string, number>();
for (const document of documents) {
  // Sanity skips a document whose type the schema lacks; here that is an error, because the
  // site and the Studio cannot show it.
  if (!schema.has(document._type)) {
    errorCount += 1;
    console.log(`error\t${document._id}\t_type\tUnknown document type "${document._type}".`);
    continue;
  }
  const markers = await validateDocument({
    document: document as unknown as SanityDocument,
    workspace,
    // In other environments Sanity 6.8 adds an unknown-fields check with `.warning()` to each
    // object rule, which lowers that rule's custom checks (slug uniqueness, year ranges) to warnings.
    environment: 'studio',
    getClient: () => client,
    getDocumentExists: async ({ id }) => ids.has(id),
  });
  for (const marker of markers) {
    if (marker.level === 'error') {
      errorCount += 1;
      console.log(`error\t${document._id}\t${formatPath(marker.path)}\t${marker.message}`);
    } else if (marker.level === 'warning') {
      warnings.set(marker.message, (warnings.get(marker.message) ?? 0) + 1);
    }
  }
}

// Warnings repeat per field (for example every link still without a URL), so they are counted.
for (const [message, count] of warnings) {
  console.log(`warning\t${count} ×\t${message}`);
}
const warningCount = [...warnings.values()].reduce((sum, count) => sum + count, 0);
console.log(
  `Validated ${documents.length} documents in ${path.relative(process.cwd(), file)}: ${errorCount} errors, ${warningCount} warnings.`,
);
process.exitCode = errorCount > 0 ? 1 : 0;
