// Imports a BibTeX file as publications and persons. It updates the publication each entry
// matches (by DOI, then arXiv identifier, then citation key, then title and year) and creates
// the others, so importing the same file again changes nothing.
//
//   npm run import:bibtex -- [--dataset FILE | --target sanity] [--dry-run] [--report FILE.json] FILE.bib
//
// By default it writes into the bundled dataset file. With --target sanity it writes into the
// configured project, reading NEXT_PUBLIC_SANITY_PROJECT_ID, NEXT_PUBLIC_SANITY_DATASET and
// SANITY_API_WRITE_TOKEN like `npm run seed`. It exits non-zero only when nothing could be read.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { SanityClient } from '@sanity/client';

import { parseNdjson, type StoredDocument } from '../sanity/lib/local-dataset';
import { applyWritesToNdjson } from './lib/bibtex/ndjson-writer';
import { planBibtexImport } from './lib/bibtex/plan-import';
import { readBibtex } from './lib/bibtex/read-bibtex';
import { buildImportReport } from './lib/bibtex/report';
import { loadEnvFiles } from './lib/load-env-files';
import { createProjectClient } from './lib/sanity-write-client';

const USAGE =
  'Usage: npm run import:bibtex -- [--dataset FILE | --target sanity] [--dry-run] [--report FILE.json] FILE.bib';

/** Documents per transaction, as in `npm run seed`. */
const BATCH_SIZE = 100;

/** Entries between two progress lines on stderr. */
const PROGRESS_INTERVAL = 500;

class ImportUsageError extends Error {
  override name = 'ImportUsageError';
}

type Options = {
  bibFile: string;
  dataset: string;
  target: 'dataset' | 'sanity';
  dryRun: boolean;
  report: string | null;
};

function parseArguments(args: readonly string[]): Options {
  const options: Options = {
    bibFile: '',
    dataset: path.resolve('sanity/dataset/production.ndjson'),
    target: 'dataset',
    // `npm run import:bibtex --dry-run`, without `--`, reaches the script as npm's own setting.
    dryRun: process.env.npm_config_dry_run === 'true',
    report: null,
  };
  const files: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const value = () => {
      const next = args[index + 1];
      if (next === undefined || next.startsWith('--')) {
        throw new ImportUsageError(`Missing value after ${arg}. ${USAGE}`);
      }
      index += 1;
      return next;
    };
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--dataset') options.dataset = path.resolve(value());
    else if (arg === '--report') options.report = path.resolve(value());
    else if (arg === '--target') {
      const target = value();
      if (target !== 'sanity' && target !== 'dataset') {
        throw new ImportUsageError(
          `Unknown target "${target}": use "sanity" or "dataset". ${USAGE}`,
        );
      }
      options.target = target;
    } else if (arg.startsWith('-')) throw new ImportUsageError(`Unknown option ${arg}. ${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1 || files[0] === undefined) {
    throw new ImportUsageError(`Expected one .bib file, got ${files.length}. ${USAGE}`);
  }
  options.bibFile = path.resolve(files[0]);
  return options;
}

/** Fields the Content Lake sets on every document, which the import neither compares nor writes. */
const SYSTEM_FIELDS = ['_rev', '_createdAt', '_updatedAt', '_originalId', '_system'];

async function fetchProjectDocuments(client: SanityClient): Promise<StoredDocument[]> {
  const documents = await client.fetch<StoredDocument[]>(
    '*[_type in ["publication", "person"] && !(_id in path("drafts.**")) && !(_id in path("versions.**"))]',
  );
  return documents.map(
    (document) =>
      Object.fromEntries(
        Object.entries(document).filter(([key]) => !SYSTEM_FIELDS.includes(key)),
      ) as StoredDocument,
  );
}

async function writeToProject(client: SanityClient, writes: readonly StoredDocument[]) {
  for (let start = 0; start < writes.length; start += BATCH_SIZE) {
    const transaction = client.transaction();
    for (const document of writes.slice(start, start + BATCH_SIZE)) {
      transaction.createOrReplace(document);
    }
    await transaction.commit({ visibility: 'async' });
    console.error(
      `Wrote ${Math.min(start + BATCH_SIZE, writes.length)} of ${writes.length} documents.`,
    );
  }
}

async function importBibtex(): Promise<number> {
  loadEnvFiles();
  const options = parseArguments(process.argv.slice(2));

  const bibText = readFileSync(options.bibFile, 'utf8');
  const read = readBibtex(bibText, (count) => {
    if (count % PROGRESS_INTERVAL === 0) console.error(`Read ${count} entries…`);
  });
  if (read.records.length === 0 && read.skipped.length === 0) {
    console.error(
      `Import failed: no BibTeX entries could be read from ${options.bibFile}. ${read.warnings.join(' ')}`.trim(),
    );
    return 1;
  }

  const project = options.target === 'sanity' ? createProjectClient() : null;
  const datasetText = project ? '' : readFileSync(options.dataset, 'utf8');
  const existing = project
    ? await fetchProjectDocuments(project.client)
    : parseNdjson(datasetText, options.dataset);

  const plan = planBibtexImport(read.records, read.skipped, existing);
  const report = buildImportReport(
    options.bibFile,
    project?.target ?? options.dataset,
    options.dryRun,
    read,
    plan,
  );
  const { counts } = report;
  console.log(
    `${path.relative(process.cwd(), options.bibFile)} → ${project?.target ?? path.relative(process.cwd(), options.dataset)}: ` +
      `${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} skipped; ` +
      `${plan.persons.created.length} persons created, ${plan.persons.updated.length} given a new spelling.` +
      (options.dryRun ? ' Dry run: nothing written.' : ''),
  );
  for (const entry of report.entries) {
    for (const warning of entry.warnings) console.error(`warning\t${entry.key}\t${warning}`);
  }
  for (const warning of read.warnings) console.error(`warning\t(file)\t${warning}`);

  if (!options.dryRun && plan.writes.length > 0) {
    if (project) {
      await writeToProject(project.client, plan.writes);
    } else {
      writeFileSync(options.dataset, applyWritesToNdjson(datasetText, plan.writes));
    }
  }
  if (options.report) {
    writeFileSync(options.report, `${JSON.stringify(report, null, 2)}\n`);
  }
  return 0;
}

try {
  process.exitCode = await importBibtex();
} catch (error) {
  // One line with the cause and what to do, in place of a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Import failed: ${message}`);
  process.exitCode = 2;
}
