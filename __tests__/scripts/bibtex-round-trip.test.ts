/** @jest-environment node */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { formatBibtexFile } from '@/lib/citation/format';
import { getCitablePublications } from '@/sanity/lib/citations';
import { parseNdjson, type StoredDocument } from '@/sanity/lib/local-dataset';

// Export then import: the site's BibTeX of every bundled publication, imported into a copy of
// the bundled dataset with `npm run import:bibtex`, must find every publication it came from
// and leave what the site shows of it as it was.

const run = promisify(execFile);
const root = path.join(__dirname, '..', '..');
const bundled = path.join(root, 'sanity/dataset/production.ndjson');
const [, ...importArgs] = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: { 'import:bibtex': string };
  }
).scripts['import:bibtex'].split(' ');

type Report = { counts: Record<'created' | 'updated' | 'unchanged' | 'skipped', number> };

function shown(documents: readonly StoredDocument[]) {
  return documents
    .filter((document) => document._type === 'publication')
    .map((document) => {
      const { _id, title, year, type, venue, researchAreas, badges } = document as Record<
        string,
        unknown
      >;
      return { _id, title, year, type, venue, researchAreas, badges };
    })
    .sort((a, b) => String(a._id).localeCompare(String(b._id)));
}

describe('BibTeX export then import', () => {
  it('matches every exported publication and keeps what the site shows', async () => {
    const publications = await getCitablePublications();
    const directory = mkdtempSync(path.join(tmpdir(), 'bibtex-round-trip-'));
    const bibFile = path.join(directory, 'publications.bib');
    const dataset = path.join(directory, 'dataset.ndjson');
    const reportFile = path.join(directory, 'report.json');
    writeFileSync(bibFile, formatBibtexFile(publications));
    copyFileSync(bundled, dataset);

    await run(
      process.execPath,
      [...importArgs, '--dataset', dataset, '--report', reportFile, bibFile],
      {
        cwd: root,
        env: { ...process.env, NEXT_PUBLIC_SANITY_PROJECT_ID: '', NEXT_PUBLIC_SANITY_DATASET: '' },
      },
    );

    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
    expect(publications).toHaveLength(34);
    expect(report.counts.created).toBe(0);
    expect(report.counts.skipped).toBe(0);
    expect(report.counts.updated + report.counts.unchanged).toBe(34);

    const before = parseNdjson(readFileSync(bundled, 'utf8'), bundled);
    const after = parseNdjson(readFileSync(dataset, 'utf8'), dataset);
    expect(shown(after)).toEqual(shown(before));
  }, 60_000);
});
