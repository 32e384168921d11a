import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

type Document = { _id: string; _type: string; [field: string]: unknown };

/** Publications in the dataset, enough for four pages of 50 without filters. */
export const PAGED_PUBLICATION_COUNT = 170;

const TYPES = ['conference', 'journal', 'workshop', 'preprint', 'talk', 'thesis', null];
const TOPICS = ['sparse attention', 'cache coherence', 'sparse caches', 'compilers'];

const reference = (id: string, key: string) => ({ _type: 'reference', _ref: id, _key: key });

/**
 * Builds a dataset for the explorer's pagination tests: publications over three titled areas,
 * with the cases where a count from facet rows could part from the list query. Those are a
 * missing, dangling, repeated or untitled-area reference, a missing or unknown type, ties in
 * year, date and title, shared slugs, drafts, unlistable documents and version links. Area A
 * contains 74 listable publications, more than an area page lists.
 */
export function buildPagedDataset(): Document[] {
  const documents: Document[] = [
    { _id: 'profile', _type: 'profile', name: 'Paged Researcher' },
    ...['a', 'b', 'c'].map((slug, index) => ({
      _id: `area-${slug}`,
      _type: 'researchArea',
      title: `Area ${slug.toUpperCase()}`,
      slug: { _type: 'slug', current: slug },
      order: index,
    })),
    // Without a title, the explorer does not offer this area, so its slug matches nothing.
    { _id: 'area-untitled', _type: 'researchArea', slug: { _type: 'slug', current: 'untitled' } },
  ];

  for (let index = 1; index <= PAGED_PUBLICATION_COUNT; index += 1) {
    const areaRefs = [
      [],
      [reference('area-a', 'a')],
      [reference('area-b', 'b')],
      [reference('area-a', 'a'), reference('area-c', 'c')],
      [reference('area-b', 'b1'), reference('area-b', 'b2')],
      [reference('area-deleted', 'x'), reference('area-c', 'c')],
      [reference('area-untitled', 'u'), reference('area-a', 'a')],
    ][index % 7];
    const type = TYPES[index % TYPES.length];
    documents.push({
      _id: `publication-${String(index).padStart(3, '0')}`,
      _type: 'publication',
      // Every fifth title repeats, so order falls back to the date and then to _id.
      title: index % 5 === 0 ? 'A tied title' : `Paper ${index} on ${TOPICS[index % 4]}`,
      slug: { _type: 'slug', current: `paper-${index}` },
      year: 2019 + (index % 6),
      ...(index % 3 === 0 ? { date: `${2019 + (index % 6)}-0${1 + (index % 9)}-15` } : {}),
      ...(type === null ? {} : { type }),
      venue: { shortName: index % 2 === 0 ? 'ISCA' : 'MICRO' },
      researchAreas: areaRefs,
    });
  }

  documents.push(
    // Shares its slug with publication-001, whose lower _id makes it the one listed.
    {
      _id: 'publication-zz-shared-slug',
      _type: 'publication',
      title: 'Shares a slug',
      slug: { _type: 'slug', current: 'paper-1' },
      year: 2024,
      type: 'journal',
      researchAreas: [reference('area-a', 'a')],
    },
    { _id: 'publication-no-slug', _type: 'publication', title: 'No slug', year: 2024 },
    {
      _id: 'drafts.publication-002',
      _type: 'publication',
      title: 'Draft of paper 2',
      slug: { _type: 'slug', current: 'paper-2' },
      year: 2025,
      type: 'talk',
      researchAreas: [reference('area-c', 'c')],
    },
    // A journal version of paper 11 (a talk), so "one entry per work" lists only this one.
    {
      _id: 'publication-journal-of-011',
      _type: 'publication',
      title: 'Journal version of paper 11 on sparse caches',
      slug: { _type: 'slug', current: 'journal-of-11' },
      year: 2024,
      type: 'journal',
      researchAreas: [reference('area-a', 'a')],
      versions: [reference('publication-011', 'v')],
    },
  );
  return documents;
}

/** Writes the paged dataset to a new temporary NDJSON file and returns its path. */
export function writePagedDataset(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'paged-dataset-')), 'dataset.ndjson');
  const text = buildPagedDataset()
    .map((document) => JSON.stringify(document))
    .join('\n');
  writeFileSync(file, `${text}\n`);
  return file;
}
