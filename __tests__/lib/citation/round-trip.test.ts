/** @jest-environment node */
import { parseBibtex } from '@/lib/citation/engine';
import { formatBibtexFile } from '@/lib/citation/format';

import {
  bareConferencePaper,
  conferencePaper,
  importedPaper,
  journalArticle,
  mathArticle,
  preprint,
} from '../../support/citable-publications';

describe('BibTeX round trip', () => {
  const publications = [
    conferencePaper,
    journalArticle,
    preprint,
    bareConferencePaper,
    importedPaper,
    mathArticle,
  ];
  const parsed = parseBibtex(formatBibtexFile(publications));

  it('gives back one record per publication, with its key', () => {
    expect(parsed.map((item) => item['citation-key'])).toEqual([
      'shiftadd_fixture',
      'journal_fixture',
      'preprint_fixture',
      'mesa',
      'DBLP:conf/isca/Lovelace22',
      'sorting_in_o_n_2_time',
    ]);
  });

  // A preprint on arXiv is a BibTeX @misc, which citation-js reads back as a CSL `document`.
  // citation-js 0.9 reads the math title's `$O(n^2)$` as "O(n²⁾", so that title is checked
  // against the site's own importer in __tests__/scripts/bibtex-round-trip.test.ts instead.
  it('gives back titles, types and venues', () => {
    const read = parsed.slice(0, -1);
    expect(read.map((item) => [item.type, item.title, item['container-title'] ?? null])).toEqual([
      [
        'paper-conference',
        'ShiftAddLLM: Accelerating Pretrained LLMs via Multiplication-Less Reparameterization',
        'Advances in Neural Information Processing Systems',
      ],
      ['article-journal', 'Sparse Tensor Cores for Efficient Inference', 'IEEE MICRO'],
      ['document', 'The Journey Matters: Average Parameter Count over Pre-training', null],
      [
        'paper-conference',
        'MESA: Microarchitecture Extensions for Spatial Architecture Generation',
        'ISCA',
      ],
      [
        'paper-conference',
        'Scheduling GPU Kernels with TPU-Style Systolic Arrays',
        'International Symposium on Computer Architecture',
      ],
    ]);
    expect(parsed.at(-1)?.['container-title']).toBe('Journal of Algorithms');
  });

  // BibTeX writes a name that has no parts as one braced family name, so it returns as `family`.
  it('gives back authors in order', () => {
    expect(parsed.map((item) => item.author ?? [])).toEqual([
      [
        { given: 'Ada', family: 'Lovelace' },
        { given: 'José', family: 'Núñez' },
        { given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven' },
      ],
      [{ family: '王小明' }, { given: 'Σωκράτης', family: 'Παπαδόπουλος' }, { family: 'Plato' }],
      [],
      [],
      [
        { given: 'Ada', family: 'Lovelace' },
        { given: 'Charles', family: 'Babbage' },
      ],
      [{ given: 'Ada', family: 'Lovelace' }],
    ]);
  });

  it('gives back dates to the month, DOI and pages', () => {
    const [paper] = parsed;
    expect(paper?.issued).toEqual({ 'date-parts': [[2024, 12]] });
    expect(paper?.DOI).toBe('10.5555/3666122.3666999');
    expect(paper?.page).toBe('1201-1215');
    expect(parsed.map((item) => item.issued?.['date-parts']?.[0]?.[0])).toEqual([
      2024, 2023, 2025, 2023, 2022, 2019,
    ]);
  });

  it('gives back month macros, volume, issue and arXiv identifiers', () => {
    const [, , arxiv, , imported, article] = parsed;
    expect(imported?.issued).toEqual({ 'date-parts': [[2022, 3]] });
    expect(imported?.publisher).toBe('ACM');
    expect([article?.volume, article?.issue, article?.page]).toEqual(['40', '2', '101-117']);
    expect(arxiv?.URL).toBe('https://arxiv.org/abs/2501.12486');
  });
});
