/** @jest-environment node */
import type { StoredDocument } from '@/sanity/lib/local-dataset';

import type { BibRecord } from '../../scripts/lib/bibtex/bib-record';
import { planBibtexImport } from '../../scripts/lib/bibtex/plan-import';

function record(overrides: Partial<BibRecord>): BibRecord {
  return {
    key: 'lovelace2020',
    entryType: 'inproceedings',
    title: 'Analytical Engines',
    titleBibtex: 'Analytical Engines',
    authors: ['Ada Lovelace', 'Charles Babbage'],
    authorListTruncated: false,
    venue: 'ISCA',
    year: 2020,
    month: null,
    date: null,
    doi: '10.1000/engines',
    arxivId: null,
    arxivPrimaryClass: null,
    url: null,
    abstract: null,
    volume: null,
    number: null,
    pages: null,
    publisher: null,
    type: 'conference',
    warnings: [],
    ...overrides,
  };
}

const ada: StoredDocument = { _id: 'person-ada', _type: 'person', name: 'Ada Lovelace' };

const edited: StoredDocument = {
  _id: 'publication-engines',
  _type: 'publication',
  title: 'Analytical Engines',
  slug: { _type: 'slug', current: 'engines' },
  doi: '10.1000/ENGINES',
  year: 2020,
  type: 'talk',
  featured: true,
  authors: [
    {
      _key: 'k1',
      _type: 'authorship',
      person: { _type: 'reference', _ref: 'person-ada' },
      corresponding: true,
    },
  ],
};

describe('planBibtexImport', () => {
  it('updates a DOI match and keeps edits', () => {
    const plan = planBibtexImport([record({})], [], [ada, edited]);
    const written = plan.writes.find((document) => document._id === 'publication-engines');

    expect(plan.entries).toEqual([
      {
        key: 'lovelace2020',
        status: 'updated',
        id: 'publication-engines',
        matchedBy: 'doi',
        warnings: [],
      },
    ]);
    expect(written?.featured).toBe(true);
    expect(written?.type).toBe('talk');
    expect(written?.slug).toEqual({ _type: 'slug', current: 'engines' });
    expect(written?.authors).toEqual([
      {
        _key: 'k1',
        _type: 'authorship',
        person: { _type: 'reference', _ref: 'person-ada' },
        corresponding: true,
      },
      expect.objectContaining({ person: { _type: 'reference', _ref: 'person-charles-babbage' } }),
    ]);
    expect(plan.persons).toEqual({ created: ['person-charles-babbage'], updated: [] });
  });

  it('plans no writes for its own result', () => {
    const first = planBibtexImport([record({})], [], [ada, edited]);
    const after = [ada, edited].map(
      (document) => first.writes.find((write) => write._id === document._id) ?? document,
    );
    const additions = first.writes.filter(
      (write) => !after.some((document) => document._id === write._id),
    );
    const second = planBibtexImport([record({})], [], [...after, ...additions]);

    expect(second.writes).toEqual([]);
    expect(second.entries.map((entry) => entry.status)).toEqual(['unchanged']);
  });

  it('matches by arXiv id, then key, then title', () => {
    const existing: StoredDocument[] = [
      { _id: 'p-arxiv', _type: 'publication', title: 'A', arxivId: '2401.00001', year: 2024 },
      { _id: 'p-key', _type: 'publication', title: 'B', citationKey: 'bkey', year: 2023 },
      { _id: 'p-title', _type: 'publication', title: 'Céline’s Cache', year: 2022 },
    ];
    const plan = planBibtexImport(
      [
        record({ key: 'x1', doi: null, arxivId: '2401.00001', title: 'Other title' }),
        record({ key: 'bkey', doi: null, title: 'B renamed' }),
        record({ key: 'x3', doi: null, title: 'CELINE’S CACHE', year: 2022 }),
        record({ key: 'x4', doi: null, title: 'CELINE’S CACHE', year: 2021 }),
      ],
      [],
      existing,
    );

    expect(plan.entries.map((entry) => [entry.id, entry.matchedBy])).toEqual([
      ['p-arxiv', 'arxivId'],
      ['p-key', 'citationKey'],
      ['p-title', 'title'],
      ['publication-celine-s-cache', null],
    ]);
  });

  it('skips a second entry for one publication', () => {
    const plan = planBibtexImport(
      [record({ key: 'first' }), record({ key: 'second', title: 'Copy' })],
      [],
      [ada],
    );

    expect(plan.entries.map((entry) => entry.status)).toEqual(['created', 'skipped']);
    expect(plan.entries[1]?.warnings).toEqual([
      'Describes the same publication as entry "first" (same doi); kept the first.',
    ]);
  });

  it('makes slugs and ids unique', () => {
    const plan = planBibtexImport(
      [record({ key: 'a', doi: null }), record({ key: 'b', doi: null, year: 2021 })],
      [],
      [{ _id: 'publication-analytical-engines', _type: 'post', title: 'Taken id' }],
    );
    const slugs = plan.writes
      .filter((document) => document._type === 'publication')
      .map((document) => [document._id, (document.slug as { current: string }).current]);

    expect(slugs).toEqual([
      ['publication-analytical-engines-2', 'analytical-engines'],
      ['publication-analytical-engines-2-2', 'analytical-engines-2'],
    ]);
  });

  it('warns when a name fits several persons', () => {
    const persons: StoredDocument[] = [
      { _id: 'person-jane', _type: 'person', name: 'Jane Smith' },
      { _id: 'person-john', _type: 'person', name: 'John Smith' },
    ];
    const plan = planBibtexImport([record({ authors: ['J. Smith'] })], [], persons);

    expect(plan.entries[0]?.warnings).toEqual([
      'Author "J. Smith" matches 2 persons (person-jane, person-john); linked to person-jane. Merge or rename them in the Studio.',
    ]);
    expect(plan.persons).toEqual({ created: [], updated: [] });
  });

  it('keeps Jane and John Smith apart', () => {
    const persons: StoredDocument[] = [
      { _id: 'person-john', _type: 'person', name: 'John Smith', aliases: ['J. Smith'] },
    ];
    const plan = planBibtexImport([record({ authors: ['Jane Smith'] })], [], persons);

    expect(plan.persons.created).toEqual(['person-jane-smith']);
  });
});
