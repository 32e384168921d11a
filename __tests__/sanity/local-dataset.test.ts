/** @jest-environment node */
import { DatasetFormatError } from '@/sanity/lib/errors';
import {
  applyPerspective,
  LocalDataset,
  missingParameters,
  parseNdjson,
  type StoredDocument,
} from '@/sanity/lib/local-dataset';

const documents: StoredDocument[] = [
  { _id: 'a', _type: 'item', title: 'A published' },
  { _id: 'drafts.a', _type: 'item', title: 'A draft' },
  { _id: 'drafts.b', _type: 'item', title: 'B draft only' },
  { _id: 'versions.r1.c', _type: 'item', title: 'C in a release' },
  { _id: 'd', _type: 'item', title: 'D', related: { _type: 'reference', _ref: 'a' } },
];

describe('parseNdjson', () => {
  it('reads one document per line and skips blank lines', () => {
    const parsed = parseNdjson('{"_id":"x","_type":"t"}\n\n{"_id":"y","_type":"t"}\n', 'test');
    expect(parsed.map((document) => document._id)).toEqual(['x', 'y']);
  });

  it('names the line of invalid JSON', () => {
    expect(() => parseNdjson('{"_id":"x","_type":"t"}\n{oops', 'data.ndjson')).toThrow(
      'Invalid document on line 2 of data.ndjson: not valid JSON',
    );
  });

  it('rejects a line without _id or _type', () => {
    expect(() => parseNdjson('{"_type":"t"}', 'data.ndjson')).toThrow(/line 1 of data.ndjson/);
    expect(() => parseNdjson('{"_id":"x"}', 'data.ndjson')).toThrow(DatasetFormatError);
    expect(() => parseNdjson('[1,2]', 'data.ndjson')).toThrow(DatasetFormatError);
  });
});

describe('applyPerspective', () => {
  it('hides drafts and release versions from the published perspective', () => {
    const ids = applyPerspective(documents, 'published').map((document) => document._id);
    expect(ids).toEqual(['a', 'd']);
  });

  it('overlays drafts on published documents in the drafts perspective', () => {
    const view = applyPerspective(documents, 'drafts');
    expect(view.map((document) => [document._id, document.title])).toEqual([
      ['a', 'A draft'],
      ['d', 'D'],
      ['b', 'B draft only'],
    ]);
    expect(view[0]?._originalId).toBe('drafts.a');
  });
});

describe('LocalDataset.query', () => {
  const dataset = new LocalDataset(documents);

  it('runs GROQ with parameters', async () => {
    const titles = await dataset.query<string[]>(
      '*[_type == $type] | order(_id asc).title',
      { type: 'item' },
      'published',
    );
    expect(titles).toEqual(['A published', 'D']);
  });

  it('resolves references within the perspective', async () => {
    const published = await dataset.query<string>(
      '*[_id == "d"][0].related->title',
      {},
      'published',
    );
    const drafted = await dataset.query<string>('*[_id == "d"][0].related->title', {}, 'drafts');
    expect(published).toBe('A published');
    expect(drafted).toBe('A draft');
  });

  it('accepts parameters in slices', async () => {
    const ids = await dataset.query<string[]>(
      '*[_type == "item"] | order(_id asc)[0...$n]._id',
      { n: 1 },
      'published',
    );
    expect(ids).toEqual(['a']);
  });

  it('dereferences a missing document to null', async () => {
    const missing = new LocalDataset([
      { _id: 'x', _type: 'item', related: { _type: 'reference', _ref: 'gone' } },
    ]);
    await expect(
      missing.query('*[_id == "x"][0].related->_id', {}, 'published'),
    ).resolves.toBeNull();
  });
});

describe('missing query parameters', () => {
  it('names the parameters a query uses and the call lacks', () => {
    expect(missingParameters('*[year in $years && _id in $hiddenIds]', { years: [] })).toEqual([
      'hiddenIds',
    ]);
    expect(missingParameters('*[year in $years]', { years: [] })).toEqual([]);
  });

  it('fails the query instead of reading the parameter as null', async () => {
    const dataset = new LocalDataset([{ _id: 'a', _type: 'publication', year: 2024 }]);

    await expect(dataset.query('*[!(_id in $hiddenIds)]._id', {}, 'published')).rejects.toThrow(
      'The query uses $hiddenIds, which no parameter provides',
    );
    await expect(
      dataset.query('*[!(_id in $hiddenIds)]._id', { hiddenIds: [] }, 'published'),
    ).resolves.toEqual(['a']);
  });
});

describe('query results', () => {
  it('are kept per query, parameters and perspective, as copies', async () => {
    const dataset = new LocalDataset([
      { _id: 'a', _type: 'publication', year: 2024, tags: ['x'] },
      { _id: 'drafts.a', _type: 'publication', year: 2025, tags: ['y'] },
    ]);
    const query = '*[_type == "publication" && year >= $from]{ year, tags }';

    const first = await dataset.query<{ year: number; tags: string[] }[]>(
      query,
      { from: 2000 },
      'published',
    );
    first[0]?.tags.push('changed by a caller');

    expect(await dataset.query(query, { from: 2000 }, 'published')).toEqual([
      { year: 2024, tags: ['x'] },
    ]);
    expect(await dataset.query(query, { from: 2000 }, 'drafts')).toEqual([
      { year: 2025, tags: ['y'] },
    ]);
    expect(await dataset.query(query, { from: 2025 }, 'published')).toEqual([]);
  });
});
