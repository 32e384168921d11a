import type { AuthorView, PublicationDetail } from '@/lib/content-types';

// Publications for the citation tests. Their authors, DOIs, pages and URLs are made up for the
// tests; the bundled dataset has none of these.

function author(key: string, name: string, isOwner: boolean): AuthorView {
  return {
    key,
    name,
    isOwner,
    personId: null,
    equalContribution: false,
    corresponding: false,
    orcid: null,
    homepage: null,
  };
}

const base: PublicationDetail = {
  id: 'publication-fixture',
  slug: 'fixture',
  href: '/publications/fixture',
  title: 'Fixture',
  year: 2024,
  date: null,
  type: 'conference',
  typeLabel: 'Conference',
  venue: null,
  authors: [],
  authorListTruncated: false,
  areas: [],
  links: [],
  badges: [],
  featured: false,
  abstract: null,
  pages: null,
  volume: null,
  number: null,
  publisher: null,
  month: null,
  citationKey: null,
  titleTex: 'Fixture',
  titleBibtex: null,
  arxivPrimaryClass: null,
  versions: [],
  relatedPosts: [],
};

/** Builds a publication from the base and `overrides`, with its shown title as stored title. */
function fixture(overrides: Partial<PublicationDetail> & { title: string }): PublicationDetail {
  return { ...base, titleTex: overrides.title, ...overrides };
}

/** A conference paper with authors, a DOI, a PDF, pages and an acronym leading the title. */
export const conferencePaper: PublicationDetail = fixture({
  id: 'publication-shiftadd-fixture',
  slug: 'shiftadd-fixture',
  href: '/publications/shiftadd-fixture',
  title: 'ShiftAddLLM: Accelerating Pretrained LLMs via Multiplication-Less Reparameterization',
  date: '2024-12-10',
  venue: { label: 'NeurIPS', fullName: 'Advances in Neural Information Processing Systems' },
  authors: [
    author('a1', 'Ada Lovelace', false),
    author('a2', 'José Núñez', true),
    author('a3', 'Ludwig van Beethoven', false),
  ],
  links: [
    { key: 'l1', kind: 'pdf', label: 'PDF', url: 'https://example.org/shiftadd.pdf' },
    { key: 'l2', kind: 'doi', label: 'DOI', url: 'https://doi.org/10.5555/3666122.3666999' },
  ],
  pages: '1201–1215',
});

/** A journal article whose authors are written in non-Latin scripts, without a DOI. */
export const journalArticle: PublicationDetail = fixture({
  id: 'publication-journal-fixture',
  slug: 'journal-fixture',
  href: '/publications/journal-fixture',
  title: 'Sparse Tensor Cores for Efficient Inference',
  year: 2023,
  type: 'journal',
  typeLabel: 'Journal',
  venue: { label: 'IEEE MICRO', fullName: null },
  authors: [
    author('b1', '王小明', false),
    author('b2', 'Σωκράτης Παπαδόπουλος', false),
    author('b3', 'Plato', false),
  ],
});

/** A preprint with an arXiv link and no authors. */
export const preprint: PublicationDetail = fixture({
  id: 'publication-preprint-fixture',
  slug: 'preprint-fixture',
  href: '/publications/preprint-fixture',
  title: 'The Journey Matters: Average Parameter Count over Pre-training',
  year: 2025,
  type: 'preprint',
  typeLabel: 'Preprint',
  venue: { label: 'arXiv', fullName: null },
  links: [{ key: 'c1', kind: 'arxiv', label: 'arXiv', url: 'https://arxiv.org/abs/2501.12486' }],
});

/** A conference paper as the bundled dataset has them: no authors, links, date or pages. */
export const bareConferencePaper: PublicationDetail = fixture({
  id: 'publication-mesa-fixture',
  slug: 'mesa',
  href: '/publications/mesa',
  title: 'MESA: Microarchitecture Extensions for Spatial Architecture Generation',
  year: 2023,
  venue: { label: 'ISCA', fullName: null },
});

/** A conference paper as the BibTeX import stores one: its own key, braced title and details. */
export const importedPaper: PublicationDetail = fixture({
  id: 'publication-scheduling-gpu-kernels',
  slug: 'scheduling-gpu-kernels',
  href: '/publications/scheduling-gpu-kernels',
  title: 'Scheduling GPU Kernels with TPU-Style Systolic Arrays',
  titleBibtex: 'Scheduling {GPU} Kernels with {TPU}-Style Systolic Arrays',
  citationKey: 'DBLP:conf/isca/Lovelace22',
  year: 2022,
  month: 3,
  venue: { label: 'ISCA', fullName: 'International Symposium on Computer Architecture' },
  publisher: 'ACM',
  authors: [author('d1', 'Ada Lovelace', true), author('d2', 'Charles Babbage', false)],
  pages: '12–20',
});

/** A journal article whose stored title has inline math and no BibTeX title. */
export const mathArticle: PublicationDetail = fixture({
  id: 'publication-sorting',
  slug: 'sorting-in-o-n-2-time',
  href: '/publications/sorting-in-o-n-2-time',
  title: 'Sorting in O(n²) Time Is Enough',
  titleTex: 'Sorting in $O(n^2)$ Time Is Enough',
  year: 2019,
  type: 'journal',
  typeLabel: 'Journal',
  venue: { label: 'J. Algorithms', fullName: 'Journal of Algorithms' },
  volume: '40',
  number: '2',
  pages: '101-117',
  authors: [author('e1', 'Ada Lovelace', true)],
});
