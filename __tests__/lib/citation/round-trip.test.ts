/** @jest-environment node */
import { parseBibtex } from '@/lib/citation/engine';
import { formatBibtexFile } from '@/lib/citation/format';

import {
  bareConferencePaper,
  conferencePaper,
  journalArticle,
  preprint,
} from '../../support/citable-publications';

describe('BibTeX round trip', () => {
  const publications = [conferencePaper, journalArticle, preprint, bareConferencePaper];
  const parsed = parseBibtex(formatBibtexFile(publications));

  it('gives back one record per publication, with its key', () => {
    expect(parsed.map((item) => item['citation-key'])).toEqual([
      'shiftadd_fixture',
      'journal_fixture',
      'preprint_fixture',
      'mesa',
    ]);
  });

  // A preprint is a BibTeX @article, which reads back as a journal article.
  it('gives back titles, types and venues', () => {
    expect(parsed.map((item) => [item.type, item.title, item['container-title'] ?? null])).toEqual([
      [
        'paper-conference',
        'ShiftAddLLM: Accelerating Pretrained LLMs via Multiplication-Less Reparameterization',
        'Advances in Neural Information Processing Systems',
      ],
      ['article-journal', 'Sparse Tensor Cores for Efficient Inference', 'IEEE MICRO'],
      ['article-journal', 'The Journey Matters: Average Parameter Count over Pre-training', null],
      [
        'paper-conference',
        'MESA: Microarchitecture Extensions for Spatial Architecture Generation',
        'ISCA',
      ],
    ]);
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
    ]);
  });

  it('gives back dates to the month, DOI and pages', () => {
    const [paper] = parsed;
    expect(paper?.issued).toEqual({ 'date-parts': [[2024, 12]] });
    expect(paper?.DOI).toBe('10.5555/3666122.3666999');
    expect(paper?.page).toBe('1201-1215');
    expect(parsed.map((item) => item.issued?.['date-parts']?.[0]?.[0])).toEqual([
      2024, 2023, 2025, 2023,
    ]);
  });
});
