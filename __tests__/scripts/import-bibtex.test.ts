/** @jest-environment node */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { renderInlineMath } from '@/lib/tex/inline-math';
import { parseNdjson, type StoredDocument } from '@/sanity/lib/local-dataset';

import { FakeContentLake } from '../support/fake-content-lake';

const run = promisify(execFile);
const root = path.join(__dirname, '..', '..');
const corpus = path.join(root, '__tests__/fixtures/bibtex/tricky.bib');
const bundled = path.join(root, 'sanity/dataset/production.ndjson');

// The command of `npm run import:bibtex`, from package.json, run without npm so the test sets
// the environment. The parser's CommonJS build cannot load under Jest (unicode2latex 7.0.33
// requires the ESM-only tiny-merge-patch), so the import runs as its own Node process.
const [, ...importArgs] = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: { 'import:bibtex': string };
  }
).scripts['import:bibtex'].split(' ');

type RunResult = { code: number; stdout: string; stderr: string };

/** Runs a Node command in the repository; project variables are cleared unless `env` sets them. */
async function runNode(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd: root,
      env: {
        ...process.env,
        NEXT_PUBLIC_SANITY_PROJECT_ID: '',
        NEXT_PUBLIC_SANITY_DATASET: '',
        SANITY_API_WRITE_TOKEN: '',
        ...env,
      },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

const runImport = (args: string[], env?: Record<string, string>) =>
  runNode([...importArgs, ...args], env);

type EntryReport = { key: string; status: string; id: string | null; warnings: string[] };
type Report = {
  counts: Record<'created' | 'updated' | 'unchanged' | 'skipped', number>;
  persons: { created: string[]; updated: string[] };
  entries: EntryReport[];
};

function temporaryDataset(): { directory: string; dataset: string } {
  const directory = mkdtempSync(path.join(tmpdir(), 'import-bibtex-'));
  const dataset = path.join(directory, 'dataset.ndjson');
  copyFileSync(bundled, dataset);
  return { directory, dataset };
}

function readReport(file: string): Report {
  return JSON.parse(readFileSync(file, 'utf8')) as Report;
}

describe('npm run import:bibtex into a dataset file', () => {
  let directory: string;
  let dataset: string;
  let firstRun: RunResult;
  let report: Report;
  let documents: StoredDocument[];

  beforeAll(async () => {
    ({ directory, dataset } = temporaryDataset());
    const reportFile = path.join(directory, 'report.json');
    firstRun = await runImport(['--dataset', dataset, '--report', reportFile, corpus]);
    report = readReport(reportFile);
    documents = parseNdjson(readFileSync(dataset, 'utf8'), dataset);
  }, 60_000);

  const byId = () => new Map(documents.map((document) => [document._id, document]));

  function publicationByKey(key: string): Record<string, unknown> {
    const found = documents.find(
      (document) => document._type === 'publication' && document.citationKey === key,
    );
    if (!found) throw new Error(`No publication with citation key ${key} in the dataset.`);
    return found;
  }

  function authorNames(key: string): string[] {
    const persons = byId();
    const authors = (publicationByKey(key).authors ?? []) as { person: { _ref: string } }[];
    return authors.map((author) => String(persons.get(author.person._ref)?.name));
  }

  function entry(key: string, status?: string): EntryReport {
    const found = report.entries.find(
      (candidate) => candidate.key === key && (status === undefined || candidate.status === status),
    );
    if (!found) throw new Error(`No report entry for ${key}.`);
    return found;
  }

  it('succeeds and summarizes the counts', () => {
    expect(firstRun.code).toBe(0);
    expect(firstRun.stdout).toContain('24 created, 0 updated, 0 unchanged, 3 skipped');
    expect(report.counts).toEqual({ created: 24, updated: 0, unchanged: 0, skipped: 3 });
  });

  it('converts LaTeX accents to Unicode NFC', () => {
    const publication = publicationByKey('accents2021');
    expect(publication.title).toBe('Café Accelerators for Über-Fast Inference');
    expect(publication.title).toBe(String(publication.title).normalize('NFC'));
    expect(authorNames('accents2021')).toEqual([
      'Jürgen Müller',
      'Renée Dubois',
      'Stefan Groß',
      'Søren Kierkegaard',
      'Dušan Petrovič',
    ]);
    for (const name of authorNames('accents2021')) {
      expect(name).toBe(name.normalize('NFC'));
    }
  });

  it('keeps the title as written for export', () => {
    expect(publicationByKey('accents2021').titleBibtex).toBe(
      'Caf\\\'{e} Accelerators for {\\"U}ber-Fast Inference',
    );
  });

  it('expands @string macros joined with #', () => {
    expect(publicationByKey('accents2021').venue).toEqual({
      _type: 'venue',
      name: 'Proceedings of the International Symposium on Computer Architecture',
    });
  });

  it('stores the DOI and a DOI link', () => {
    const publication = publicationByKey('accents2021');
    expect(publication.doi).toBe('10.1145/1234567.7654321');
    expect(publication.links).toEqual([
      {
        _key: 'bibtex-doi',
        _type: 'publicationLink',
        kind: 'doi',
        url: 'https://doi.org/10.1145/1234567.7654321',
      },
    ]);
  });

  it('keeps an organisation in double braces as one name', () => {
    expect(authorNames('org2020')).toEqual([
      'National Aeronautics and Space Administration',
      'Ada Lovelace',
    ]);
  });

  it('reads month macros, numbers and names', () => {
    expect(publicationByKey('org2020').month).toBe(1);
    expect(publicationByKey('caps2022').month).toBe(3);
    expect(publicationByKey('math2019').month).toBe(3);
    expect(publicationByKey('org2020').date).toBeUndefined();
  });

  it('hides protecting braces but stores them', () => {
    const publication = publicationByKey('caps2022');
    expect(publication.title).toBe('Scheduling GPU Kernels with TPU-Style Systolic Arrays');
    expect(publication.titleBibtex).toBe(
      'Scheduling {GPU} Kernels with {TPU}-Style Systolic Arrays',
    );
  });

  it('reads "Family, Given" author names', () => {
    expect(authorNames('caps2022')).toEqual(['Ada Lovelace', 'Charles Babbage']);
  });

  it('keeps inline math intact', () => {
    const publication = publicationByKey('math2019');
    expect(publication.title).toBe('Sorting in $O(n^2)$ Time Is Enough');
    expect(publication.titleBibtex).toBe('Sorting in $O(n^2)$ Time Is Enough');
  });

  // \( \) and $ $ are the same inline math to LaTeX, and BibTeX treats neither specially.
  // Storing one form lets export and display find every formula by one pattern.
  it('stores \\( \\) math as dollar math', () => {
    const publication = publicationByKey('markup2012');
    expect(publication.title).toBe('Emphasised Caches and Bold Words in $x^2$ Steps');
    expect(renderInlineMath(String(publication.title))).toBe(
      'Emphasised Caches and Bold Words in x² Steps',
    );
    expect(renderInlineMath('Emphasised Caches and Bold Words in \\(x^2\\) Steps')).toBe(
      'Emphasised Caches and Bold Words in x² Steps',
    );
  });

  it('drops rich-text markup and unknown commands', () => {
    const publication = publicationByKey('markup2012');
    expect(publication.title).toBe('Emphasised Caches and Bold Words in $x^2$ Steps');
    expect(publication.titleBibtex).toBe(
      '\\emph{Emphasised} Caches and \\textbf{Bold} \\foo{Words} in $x^2$ Steps',
    );
    expect(entry('markup2012').warnings).toEqual([
      'Unknown LaTeX command \\foo left out of the text, but not its argument.',
    ]);
  });

  it('inherits crossref fields and skips the parent volume', () => {
    const publication = publicationByKey('crossref2023');
    expect(publication.year).toBe(2023);
    expect(publication.venue).toEqual({
      _type: 'venue',
      name: 'Proceedings of the 50th Annual International Symposium on Computer Architecture',
    });
    expect(entry('isca2023proc').status).toBe('skipped');
    expect(entry('isca2023proc').warnings[0]).toMatch(/Cross-referenced @proceedings/);
  });

  it('marks "and others" as a truncated author list', () => {
    const publication = publicationByKey('many2024');
    expect(publication.authorListTruncated).toBe(true);
    expect(authorNames('many2024')).toEqual(['Alan Turing', 'Ada Lovelace']);
    expect(entry('many2024').warnings).toEqual([
      'Author list ends with "and others"; stored as truncated, shown with "et al."',
    ]);
    expect(publicationByKey('caps2022').authorListTruncated).toBe(false);
  });

  it('reads arXiv identifiers from eprint and URL', () => {
    expect(publicationByKey('many2024').arxivId).toBe('2401.01234');
    expect(publicationByKey('many2024').type).toBe('preprint');
    const fromUrl = publicationByKey('arxivurl2013');
    expect(fromUrl.arxivId).toBe('1301.00002');
    expect(fromUrl.venue).toEqual({ _type: 'venue', name: 'arXiv' });
    expect(fromUrl.type).toBe('preprint');
  });

  it('unescapes percent and dollar signs', () => {
    const publication = publicationByKey('percent2018');
    expect(publication.title).toBe('Saving 50% of Energy for $1 per Chip');
    expect(publication.titleBibtex).toBe('Saving 50\\% of Energy for \\$1 per Chip');
  });

  it('keeps the first of two entries with one key', () => {
    expect(publicationByKey('dup2017').title).toBe('The First Entry with This Key');
    expect(documents.some((document) => document.title === 'The Second Entry with This Key')).toBe(
      false,
    );
    expect(entry('dup2017', 'skipped').warnings).toEqual([
      'Duplicate citation key; kept the first entry ("The First Entry with This Key") and skipped this one.',
    ]);
  });

  it('imports nothing from @comment and @preamble', () => {
    expect(documents.some((document) => document.citationKey === 'ignored')).toBe(false);
    expect(documents.some((document) => document.title === 'Not an entry')).toBe(false);
  });

  it('warns about an unknown macro and leaves the field empty', () => {
    expect(publicationByKey('macro2015').venue).toBeUndefined();
    expect(entry('macro2015').warnings).toEqual([
      'Unknown @string macro "undefinedvenue"; the field that uses it was left empty.',
    ]);
  });

  it('skips an entry without a title', () => {
    expect(entry('notitle2014')).toMatchObject({
      status: 'skipped',
      warnings: ['The entry has no title.'],
    });
  });

  it('maps entry types to publication types', () => {
    expect(publicationByKey('accents2021').type).toBe('conference');
    expect(publicationByKey('org2020').type).toBe('journal');
    expect(publicationByKey('caps2022').type).toBe('workshop');
    expect(publicationByKey('talk2016').type).toBe('talk');
    expect(publicationByKey('report2019').type).toBe('report');
    expect(publicationByKey('book2011').type).toBe('book');
    expect(publicationByKey('chapter2016').type).toBe('chapter');
    expect(publicationByKey('phd2010').type).toBe('doctoral-thesis');
    expect(publicationByKey('masters2008').type).toBe('masters-thesis');
    expect(publicationByKey('thesis2005').type).toBe('doctoral-thesis');
    expect(publicationByKey('dataset2021').type).toBe('other');
    expect(publicationByKey('DBLP:journals/corr/abs-2402-01234').type).toBe('preprint');
  });

  it('reads the venue of reports, theses, chapters and other works', () => {
    const venueName = (key: string) => (publicationByKey(key).venue as { name?: string })?.name;
    expect(venueName('report2019')).toBe('Example University');
    expect(venueName('chapter2016')).toBe('Handbook of Programming Systems');
    expect(venueName('phd2010')).toBe('University of London');
    expect(venueName('thesis2005')).toBe('Yale University');
    expect(venueName('dataset2021')).toBe('Zenodo');
    expect(venueName('DBLP:journals/corr/abs-2402-01234')).toBe('CoRR');
    expect(venueName('many2024')).toBe('arXiv');
    expect(publicationByKey('book2011').venue).toBeUndefined();
  });

  it('keeps publisher, volume, number and pages', () => {
    expect(publicationByKey('volume2020')).toMatchObject({
      volume: '40',
      number: '2',
      pages: '101–117',
    });
    expect(publicationByKey('chapter2016')).toMatchObject({
      publisher: 'Springer',
      pages: '45–67',
    });
    expect(publicationByKey('book2011').publisher).toBe('Longman');
    expect(publicationByKey('report2019').number).toBe('TR-2019-04');
    expect(publicationByKey('DBLP:journals/corr/abs-2402-01234').volume).toBe('abs/2402.01234');
    expect(publicationByKey('crossref2023').publisher).toBe('ACM');
  });

  it('stores the arXiv primary category', () => {
    expect(publicationByKey('many2024').arxivPrimaryClass).toBe('cs.LG');
    expect(publicationByKey('DBLP:journals/corr/abs-2402-01234')).toMatchObject({
      arxivId: '2402.01234',
    });
  });

  it('names each field it leaves out, per entry', () => {
    expect(entry('volume2020').warnings).toEqual([
      'Fields not imported because publications do not store them: keywords, note.',
    ]);
    expect(entry('chapter2016').warnings).toEqual([
      'Fields not imported because publications do not store them: editor.',
    ]);
    expect(entry('DBLP:journals/corr/abs-2402-01234').warnings).toEqual([
      'Fields not imported because publications do not store them: bibsource, biburl, timestamp.',
    ]);
    expect(entry('report2019').warnings).toEqual([
      'Pages "i–iv" are not a page range such as 12–20; left out.',
    ]);
    expect(publicationByKey('report2019').pages).toBeUndefined();
    expect(firstRun.stderr).toContain(
      'warning\tvolume2020\tFields not imported because publications do not store them: keywords, note.\n',
    );
  });

  it('warns about a month or URL it cannot read', () => {
    expect(entry('season2013').warnings).toEqual([
      'URL "ftp://example.org/papers/season2013.pdf" is not an http or https address; left out.',
      'Month "Spring" is not a month name or number; left out.',
    ]);
    expect(publicationByKey('season2013').month).toBeUndefined();
    expect(publicationByKey('season2013').links).toBeUndefined();
  });

  it('reads a DOI from a doi.org URL', () => {
    expect(publicationByKey('doiurl2011').doi).toBe('10.1000/tables.2011');
    expect(entry('doiurl2011').warnings).toEqual([]);
  });

  it('warns about no field of an entry it reads whole', () => {
    for (const key of ['accents2021', 'org2020', 'caps2022', 'math2019', 'crossref2023']) {
      expect(entry(key).warnings).toEqual([]);
    }
  });

  it('records a new spelling of a known person as an alias', () => {
    const ada = byId().get('person-ada-lovelace');
    expect(ada).toMatchObject({ name: 'Ada Lovelace', aliases: ['A. Lovelace'] });
    expect(authorNames('talk2016')).toEqual(['Ada Lovelace']);
    expect(documents.filter((document) => document._type === 'person')).toHaveLength(10);
  });

  it('matches LaTeX, initials and capitals to known persons', () => {
    expect(authorNames('variant2022')).toEqual(['Jürgen Müller', 'Ada Lovelace']);
    expect(byId().get('person-jurgen-muller')).toMatchObject({ aliases: ['J. Müller'] });
  });

  it('gives every publication a unique slug and id', () => {
    const publications = documents.filter((document) => document._type === 'publication');
    const slugs = publications.map((document) => (document.slug as { current: string }).current);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(publicationByKey('math2019').slug).toEqual({
      _type: 'slug',
      current: 'sorting-in-o-n-2-time-is-enough',
    });
  });

  it('writes nothing and reports unchanged on a second run', async () => {
    const before = readFileSync(dataset);
    const reportFile = path.join(directory, 'second.json');
    const second = await runImport(['--dataset', dataset, '--report', reportFile, corpus]);

    expect(second.code).toBe(0);
    expect(readReport(reportFile).counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 24,
      skipped: 3,
    });
    expect(readReport(reportFile).persons).toEqual({ created: [], updated: [] });
    expect(readFileSync(dataset).equals(before)).toBe(true);
  }, 60_000);

  it('produces a dataset the validator accepts', async () => {
    const result = await runNode([
      '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON',
      '--import',
      './scripts/lib/register-sanity-loader.mjs',
      'scripts/validate-dataset.ts',
      dataset,
    ]);
    expect(result.stdout).toContain(': 0 errors');
    expect(result.code).toBe(0);
  }, 60_000);
});

describe('npm run import:bibtex options', () => {
  it('writes nothing with --dry-run', async () => {
    const { directory, dataset } = temporaryDataset();
    const reportFile = path.join(directory, 'report.json');
    const result = await runImport([
      '--dry-run',
      '--dataset',
      dataset,
      '--report',
      reportFile,
      corpus,
    ]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Dry run: nothing written.');
    expect(readFileSync(dataset).equals(readFileSync(bundled))).toBe(true);
    expect(readReport(reportFile).counts.created).toBe(24);
  }, 60_000);

  it('updates a bundled publication in place by title and year', async () => {
    const { directory, dataset } = temporaryDataset();
    const bib = path.join(directory, 'shiftaddllm.bib');
    writeFileSync(
      bib,
      '@inproceedings{you2024shiftaddllm,\n' +
        '  author = {Haoran You and Amir Yazdanbakhsh},\n' +
        '  title = {{ShiftAddLLM}: Accelerating Pretrained {LLMs} via Post-Training Multiplication-Less Reparameterization},\n' +
        '  booktitle = {Advances in Neural Information Processing Systems},\n' +
        '  year = 2024,\n}\n',
    );
    const reportFile = path.join(directory, 'report.json');
    const result = await runImport(['--dataset', dataset, '--report', reportFile, bib]);
    const updated = parseNdjson(readFileSync(dataset, 'utf8'), dataset).find(
      (document) => document._id === 'publication-shiftaddllm',
    );

    expect(result.code).toBe(0);
    expect(readReport(reportFile).entries[0]).toMatchObject({
      status: 'updated',
      id: 'publication-shiftaddllm',
      matchedBy: 'title',
    });
    expect(updated).toMatchObject({
      citationKey: 'you2024shiftaddllm',
      venue: { shortName: 'NeurIPS', name: 'Advances in Neural Information Processing Systems' },
      researchAreas: [{ _ref: 'researchArea-efficient-deep-neural-network' }],
      type: 'conference',
    });
  }, 60_000);

  it('exits 1 when no entry can be read', async () => {
    const { directory, dataset } = temporaryDataset();
    const bib = path.join(directory, 'empty.bib');
    writeFileSync(bib, 'This file has no entries at all.\n');
    const result = await runImport(['--dataset', dataset, bib]);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Import failed: no BibTeX entries could be read from /);
    expect(readFileSync(dataset).equals(readFileSync(bundled))).toBe(true);
  }, 60_000);

  it('exits 2 for a missing .bib file', async () => {
    const result = await runImport(['no-such-file.bib']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Import failed: ENOENT/);
  }, 60_000);

  it('rejects an unknown option', async () => {
    const result = await runImport(['--overwrite', corpus]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown option --overwrite.');
  }, 60_000);

  it('asks for the project variables with --target sanity', async () => {
    const result = await runImport(['--target', 'sanity', corpus]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Set NEXT_PUBLIC_SANITY_PROJECT_ID');
  }, 60_000);
});

describe('npm run import:bibtex --target sanity', () => {
  let lake: FakeContentLake;
  let apiHost: string;

  beforeEach(async () => {
    lake = new FakeContentLake();
    apiHost = await lake.start();
  });

  afterEach(() => lake.stop());

  const projectEnv = () => ({
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'bibtest',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    SANITY_API_WRITE_TOKEN: 'test-token',
    SANITY_API_HOST: apiHost,
  });

  it('writes publications and persons once', async () => {
    const first = await runImport(['--target', 'sanity', corpus], projectEnv());
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('bibtest/production: 24 created');
    expect(lake.mutationCount).toBe(34);

    const second = await runImport(['--target', 'sanity', corpus], projectEnv());
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('0 created, 0 updated, 24 unchanged');
    expect(lake.mutationCount).toBe(34);
  }, 60_000);
});
