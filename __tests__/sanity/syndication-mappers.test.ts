import { toPublicationFeedEntry, toSitemapPages } from '@/sanity/lib/syndication-mappers';

const publication = {
  _id: 'publication-a',
  _updatedAt: '2025-01-02T03:04:05Z',
  title: ' Sparse & dense ',
  slug: 'sparse-dense',
  year: 2023,
  date: null,
  venue: { name: 'International Symposium on Computer Architecture', shortName: 'ISCA' },
  abstract: null,
  authorNames: ['Ada', null, ' '],
  areaTitles: [null, 'Computer architecture'],
};

describe('toPublicationFeedEntry', () => {
  it('summarizes a publication without abstract by venue and year', () => {
    expect(toPublicationFeedEntry(publication)).toEqual({
      id: 'publication-a',
      title: 'Sparse & dense',
      path: '/publications/sparse-dense',
      summary: 'ISCA 2023',
      date: null,
      updatedAt: '2025-01-02T03:04:05Z',
      authors: ['Ada'],
      categories: ['Computer architecture'],
    });
  });

  it('prefers the abstract as the summary', () => {
    expect(toPublicationFeedEntry({ ...publication, abstract: 'We study caches.' })?.summary).toBe(
      'We study caches.',
    );
  });

  it('shows inline math of the title as Unicode', () => {
    expect(
      toPublicationFeedEntry({ ...publication, title: 'Sorting in $O(n^2)$ Time' })?.title,
    ).toBe('Sorting in O(n²) Time');
  });

  it('skips a publication without a slug', () => {
    expect(toPublicationFeedEntry({ ...publication, slug: null })).toBeNull();
  });

  it('reads a missing edit time as null', () => {
    // A document of an NDJSON file has no _updatedAt, although TypeGen declares it.
    const withoutTime = { ...publication, _updatedAt: undefined as unknown as string };
    expect(toPublicationFeedEntry(withoutTime)?.updatedAt).toBeNull();
  });
});

describe('toSitemapPages', () => {
  it('builds page paths and drops documents without a slug', () => {
    expect(
      toSitemapPages({
        publications: [{ slug: 'a b', _updatedAt: '2025-01-01T00:00:00Z' }],
        researchAreas: [{ slug: null, _updatedAt: '2025-01-01T00:00:00Z' }],
        posts: [{ slug: 'hello', _updatedAt: undefined as unknown as string }],
      }),
    ).toEqual({
      publications: [{ path: '/publications/a%20b', updatedAt: '2025-01-01T00:00:00Z' }],
      researchAreas: [],
      posts: [{ path: '/posts/hello', updatedAt: null }],
    });
  });
});
