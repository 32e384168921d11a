/** @jest-environment node */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { uniqueCitationKeys } from '@/lib/citation/bibtex-key';
import type { CitablePublication } from '@/lib/citation/csl';
import { formatBibtexFile } from '@/lib/citation/format';
import type { PublicationType } from '@/lib/publication-types';
import { getCitablePublications } from '@/sanity/lib/citations';
import { parseNdjson, type StoredDocument } from '@/sanity/lib/local-dataset';

import {
  bareConferencePaper,
  conferencePaper,
  importedPaper,
  journalArticle,
  mathArticle,
  preprint,
} from '../support/citable-publications';

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

type Report = {
  counts: Record<'created' | 'updated' | 'unchanged' | 'skipped', number>;
  entries: { key: string; warnings: string[] }[];
};

/** Builds a publication of `type` with its own title, slug and venue, so no two of them match. */
function work(
  type: PublicationType,
  venue: string | null,
  details: Partial<CitablePublication> = {},
): CitablePublication {
  const title = `A ${type} Work`;
  return {
    ...bareConferencePaper,
    slug: `${type}-work`,
    type,
    title,
    titleTex: title,
    venue: venue ? { label: venue, fullName: null } : null,
    ...details,
  };
}

/** Reads the fields an import stored back in the shape of the site's citable fields. */
function storedFields(document: StoredDocument, persons: Map<string, StoredDocument>) {
  const stored = document as Record<string, unknown>;
  const authors = (stored.authors ?? []) as { person: { _ref: string } }[];
  return {
    titleTex: stored.title,
    type: stored.type,
    venue: (stored.venue as { name?: string } | undefined)?.name ?? null,
    year: stored.year,
    month: stored.month ?? null,
    publisher: stored.publisher ?? null,
    volume: stored.volume ?? null,
    number: stored.number ?? null,
    pages: stored.pages ?? null,
    arxivPrimaryClass: stored.arxivPrimaryClass ?? null,
    authors: authors.map((author) => persons.get(author.person._ref)?.name),
  };
}

function expectedFields(publication: CitablePublication) {
  const month = publication.date ? Number(publication.date.slice(5, 7)) : publication.month;
  return {
    titleTex: publication.titleTex,
    type: publication.type,
    venue: publication.venue?.fullName ?? publication.venue?.label ?? null,
    year: publication.year,
    month,
    publisher: publication.publisher,
    volume: publication.volume,
    number: publication.number,
    pages: publication.pages?.replace('-', '–') ?? null,
    arxivPrimaryClass: publication.arxivPrimaryClass,
    authors: publication.authors.map((author) => author.name),
  };
}

const importCommand = () => ({
  cwd: root,
  env: { ...process.env, NEXT_PUBLIC_SANITY_PROJECT_ID: '', NEXT_PUBLIC_SANITY_DATASET: '' },
});

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
      importCommand(),
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

  it('gives back every field of every type, without warnings', async () => {
    const publications: CitablePublication[] = [
      conferencePaper,
      journalArticle,
      { ...preprint, arxivPrimaryClass: 'cs.LG' },
      importedPaper,
      mathArticle,
      work('preprint', 'CoRR', {
        volume: 'abs/2402.01234',
        arxivPrimaryClass: 'cs.AR',
        links: [
          { key: 'x', kind: 'arxiv', label: 'arXiv', url: 'https://arxiv.org/abs/2402.01234' },
        ],
      }),
      work('book', 'Lecture Notes in Computer Science', { publisher: 'Springer', volume: '1234' }),
      work('chapter', 'Handbook of Systems', { publisher: 'Springer', pages: '45-67' }),
      work('report', 'Example University', { number: 'TR-2021-07', month: 6 }),
      work('doctoral-thesis', 'University of London'),
      work('masters-thesis', 'University of London'),
      work('talk', 'Global OCP Summit'),
      work('other', 'Zenodo'),
    ];
    const directory = mkdtempSync(path.join(tmpdir(), 'bibtex-types-'));
    const bibFile = path.join(directory, 'publications.bib');
    const dataset = path.join(directory, 'dataset.ndjson');
    const reportFile = path.join(directory, 'report.json');
    writeFileSync(bibFile, formatBibtexFile(publications));
    writeFileSync(dataset, '');

    await run(
      process.execPath,
      [...importArgs, '--dataset', dataset, '--report', reportFile, bibFile],
      importCommand(),
    );

    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
    expect(report.counts).toEqual({ created: 13, updated: 0, unchanged: 0, skipped: 0 });
    expect(report.entries.filter((entry) => entry.warnings.length > 0)).toEqual([]);

    const documents = parseNdjson(readFileSync(dataset, 'utf8'), dataset);
    const persons = new Map(documents.map((document) => [document._id, document]));
    const keys = uniqueCitationKeys(publications);
    publications.forEach((publication, index) => {
      const stored = documents.find((document) => document.citationKey === keys[index]);
      if (!stored) throw new Error(`No publication with citation key ${keys[index]} was imported.`);
      expect(storedFields(stored, persons)).toEqual(expectedFields(publication));
    });
    expect(
      documents.find((document) => document.citationKey === 'DBLP:conf/isca/Lovelace22'),
    ).toMatchObject({ titleBibtex: 'Scheduling {GPU} Kernels with {TPU}-Style Systolic Arrays' });
  }, 60_000);
});
