/** @jest-environment node */
import path from 'node:path';

import { formatBibtexFile } from '@/lib/citation/format';
import { getCitablePublications, getPublishedPublication } from '@/sanity/lib/citations';
import { getPublication, getPublications } from '@/sanity/lib/content';

describe('citation fields over a dataset of imported records', () => {
  beforeAll(() => {
    process.env.LOCAL_DATASET_PATH = path.join(__dirname, '..', 'fixtures', 'citations.ndjson');
  });

  afterAll(() => {
    delete process.env.LOCAL_DATASET_PATH;
  });

  it('shows inline math of titles as Unicode in lists', async () => {
    const titles = (await getPublications()).map((publication) => publication.title);
    expect(titles).toEqual(['Sorting in O(n²) Time Is Enough', 'α-Sort for ℝᵈ']);
  });

  it('gives the page its citation fields and the stored title', async () => {
    const publication = await getPublication('sorting');
    expect(publication).toMatchObject({
      title: 'Sorting in O(n²) Time Is Enough',
      titleTex: 'Sorting in $O(n^2)$ Time Is Enough',
      titleBibtex: 'Sorting in $O(n^2)$ {Time}',
      citationKey: 'lovelace2019sorting',
      month: 3,
      volume: '40',
      number: '2',
      pages: '101–117',
      publisher: null,
    });
    expect(publication?.versions.map((version) => version.title)).toEqual(['α-Sort for ℝᵈ']);
  });

  it('exports the stored key, title and details', async () => {
    // Under Jest the local dataset's structuredClone copies come from Node's realm, and
    // citation-js 0.9 ignores an author list that is not an Array of its own realm. Copying the
    // list makes it one; the site runs in a single realm and needs no copy.
    const publications = (await getCitablePublications()).map((publication) => ({
      ...publication,
      authors: [...publication.authors],
    }));
    const file = formatBibtexFile(publications);
    expect(file).toBe(
      [
        '@article{lovelace2019sorting,',
        '\tauthor = {Lovelace, Ada},',
        '\ttitle = {Sorting in $O(n^2)$ {Time}},',
        '\tjournal = {Journal of Algorithms},',
        '\tyear = {2019},',
        '\tmonth = mar,',
        '\tvolume = {40},',
        '\tnumber = {2},',
        '\tpages = {101--117},',
        '}',
        '',
        '@misc{alpha_sort,',
        '\ttitle = {$\\alpha$-{Sort} for $\\mathbb{R}^d$},',
        '\tyear = {2018},',
        '\teprint = {1801.00001},',
        '\tarchivePrefix = {arXiv},',
        '\tprimaryClass = {cs.DS},',
        '\turl = {https://arxiv.org/abs/1801.00001},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('reads the same fields for a cite.bib download', async () => {
    const publication = await getPublishedPublication('alpha-sort');
    expect(publication).toMatchObject({
      title: 'α-Sort for ℝᵈ',
      titleTex: '$\\alpha$-Sort for $\\mathbb{R}^d$',
      arxivPrimaryClass: 'cs.DS',
      citationKey: null,
    });
  });
});
