import { toSearchHit, toSearchResults } from '@/sanity/lib/search-mappers';
import type { SiteSearchQueryResult } from '@/sanity/types';

type Row = SiteSearchQueryResult[number];

const EMPTY_FIELDS = {
  slug: null,
  year: null,
  type: null,
  venue: null,
  date: null,
  summary: null,
  issuer: null,
  yearStart: null,
  yearEnd: null,
} as const;

function publicationRow(
  id: string,
  overrides: Partial<Extract<Row, { _type: 'publication' }>> = {},
): Row {
  return {
    ...EMPTY_FIELDS,
    _type: 'publication',
    _id: id,
    title: `Title ${id}`,
    slug: id,
    year: 2023,
    type: 'conference',
    venue: { name: 'International Symposium on Computer Architecture', shortName: 'ISCA' },
    ...overrides,
  };
}

function postRow(id: string, overrides: Partial<Extract<Row, { _type: 'post' }>> = {}): Row {
  return {
    ...EMPTY_FIELDS,
    _type: 'post',
    _id: id,
    title: `Post ${id}`,
    slug: id,
    date: '2022-05-01',
    summary: '  A summary.  ',
    ...overrides,
  };
}

function honorRow(id: string, overrides: Partial<Extract<Row, { _type: 'honor' }>> = {}): Row {
  return {
    ...EMPTY_FIELDS,
    _type: 'honor',
    _id: id,
    title: `Honor ${id}`,
    issuer: 'Microsoft Research',
    yearStart: 2016,
    yearEnd: 2018,
    ...overrides,
  };
}

describe('toSearchHit', () => {
  it('links a publication to its page with year, venue and type', () => {
    expect(toSearchHit(publicationRow('mesa'))).toEqual({
      kind: 'publication',
      id: 'mesa',
      title: 'Title mesa',
      href: '/publications/mesa',
      details: ['2023', 'ISCA', 'Conference'],
      summary: null,
    });
  });

  it('falls back to the full venue name and leaves out a missing type', () => {
    const hit = toSearchHit(
      publicationRow('p', { venue: { name: 'arXiv', shortName: null }, type: null }),
    );
    expect(hit?.details).toEqual(['2023', 'arXiv']);
  });

  it('shows inline math of a publication title as Unicode', () => {
    const hit = toSearchHit(publicationRow('sort', { title: '$\\alpha$-Sort in $O(n^2)$' }));
    expect(hit?.title).toBe('α-Sort in O(n²)');
  });

  it('leaves the math of a post title as written', () => {
    expect(toSearchHit(postRow('notes', { title: 'Notes on $x^2$' }))?.title).toBe(
      'Notes on $x^2$',
    );
  });

  it('links a post to its page with date and trimmed summary', () => {
    expect(toSearchHit(postRow('archgym'))).toEqual({
      kind: 'post',
      id: 'archgym',
      title: 'Post archgym',
      href: '/posts/archgym',
      details: ['2022-05-01'],
      summary: 'A summary.',
    });
  });

  it('encodes a slug in the link', () => {
    expect(toSearchHit(postRow('a b'))?.href).toBe('/posts/a%20b');
  });

  it('links an honor to the honors page with its years and issuer', () => {
    expect(toSearchHit(honorRow('fellowship'))).toEqual({
      kind: 'honor',
      id: 'fellowship',
      title: 'Honor fellowship',
      href: '/honors',
      details: ['2016–2018', 'Microsoft Research'],
      summary: null,
    });
  });

  it('drops rows that cannot be linked', () => {
    expect(toSearchHit(publicationRow('p', { slug: null }))).toBeNull();
    expect(toSearchHit(publicationRow('p', { year: null }))).toBeNull();
    expect(toSearchHit(postRow('p', { slug: null }))).toBeNull();
    expect(toSearchHit(honorRow('h', { yearStart: null }))).toBeNull();
    expect(toSearchHit(honorRow('h', { title: '   ' }))).toBeNull();
  });
});

describe('toSearchResults', () => {
  it('keeps the ranking of the rows', () => {
    const results = toSearchResults(
      'arch',
      [postRow('first'), publicationRow('second'), honorRow('third'), publicationRow('fourth')],
      10,
    );
    expect(results.hits.map((hit) => hit.id)).toEqual(['first', 'second', 'third', 'fourth']);
  });

  it('counts hits per type', () => {
    const results = toSearchResults(
      'arch',
      [postRow('a'), publicationRow('b'), publicationRow('c'), honorRow('d')],
      10,
    );
    expect(results.counts).toEqual({ publication: 2, post: 1, honor: 1 });
  });

  it('skips unlinkable rows without losing rank', () => {
    const results = toSearchResults(
      'arch',
      [publicationRow('a'), postRow('b', { slug: null }), honorRow('c')],
      10,
    );
    expect(results.hits.map((hit) => hit.id)).toEqual(['a', 'c']);
  });

  it('cuts at the limit and marks the rest', () => {
    const rows = [publicationRow('a'), publicationRow('b'), publicationRow('c')];
    const results = toSearchResults('arch', rows, 2);
    expect(results.hits.map((hit) => hit.id)).toEqual(['a', 'b']);
    expect(results.truncated).toBe(true);
    expect(results.counts.publication).toBe(2);
  });

  it('is not truncated when the rows fit', () => {
    expect(toSearchResults('arch', [publicationRow('a')], 1).truncated).toBe(false);
  });

  it('carries the search text', () => {
    expect(toSearchResults('sparse quant', [], 10)).toEqual({
      q: 'sparse quant',
      hits: [],
      counts: { publication: 0, post: 0, honor: 0 },
      truncated: false,
    });
  });
});
