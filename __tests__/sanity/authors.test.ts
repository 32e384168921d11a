/** @jest-environment node */
import path from 'node:path';

import type { AuthorView } from '@/lib/content-types';
import { getOwnerIdentity, getPublication, getPublications } from '@/sanity/lib/content';

function byName(authors: readonly AuthorView[]): Record<string, AuthorView> {
  return Object.fromEntries(authors.map((author) => [author.name, author]));
}

describe('authors over a dataset with persons', () => {
  beforeAll(() => {
    process.env.LOCAL_DATASET_PATH = path.join(__dirname, '..', 'fixtures', 'authors.ndjson');
  });

  afterAll(() => {
    delete process.env.LOCAL_DATASET_PATH;
  });

  it('reads the owner from the profile and its person', async () => {
    expect(await getOwnerIdentity()).toEqual({
      personId: 'person-ada',
      names: ['Ada Example', 'A. Exampel'],
    });
  });

  it('dereferences persons in order with their marks', async () => {
    const publication = await getPublication('by-reference');
    expect(publication?.authors).toEqual([
      {
        key: 'c',
        name: 'Charles Babbage',
        isOwner: false,
        personId: 'person-charles',
        equalContribution: false,
        corresponding: true,
        orcid: null,
        homepage: null,
      },
      {
        key: 'a',
        name: 'Ada Example',
        isOwner: true,
        personId: 'person-ada',
        equalContribution: true,
        corresponding: false,
        orcid: '0000-0002-1825-0097',
        homepage: 'https://ada.example.org/',
      },
    ]);
    expect(publication?.authorListTruncated).toBe(true);
  });

  it('recognizes the owner by another spelling', async () => {
    const publications = await getPublications();
    const bySpelling = publications.find((publication) => publication.slug === 'by-spelling');
    const authors = byName(bySpelling?.authors ?? []);

    expect(Object.keys(authors)).toEqual(['Grace Hopper', 'Exampel, A.']);
    expect(authors['Exampel, A.']?.isOwner).toBe(true);
    expect(authors['Grace Hopper']?.isOwner).toBe(false);
    expect(bySpelling?.authorListTruncated).toBe(false);
  });
});

describe('authors over the bundled dataset', () => {
  beforeAll(() => {
    delete process.env.LOCAL_DATASET_PATH;
  });

  it('has no persons and lists no authors', async () => {
    const publications = await getPublications();
    expect(publications.length).toBeGreaterThan(0);
    expect(publications.every((publication) => publication.authors.length === 0)).toBe(true);
    expect(publications.every((publication) => !publication.authorListTruncated)).toBe(true);
  });

  it('recognizes the owner by the profile name alone', async () => {
    expect(await getOwnerIdentity()).toEqual({ personId: null, names: ['Amir Yazdanbakhsh'] });
  });
});
