/** @jest-environment node */
import { formatBibtexFile, formatCitations } from '@/lib/citation/format';

import {
  bareConferencePaper,
  conferencePaper,
  journalArticle,
  preprint,
} from '../../support/citable-publications';

describe('formatCitations', () => {
  it('formats a conference paper with authors and a DOI', () => {
    const citations = formatCitations(conferencePaper);

    expect(citations.bibtex).toBe(
      [
        '@inproceedings{shiftadd_fixture,',
        '\tauthor = {Lovelace, Ada and Núñez, José and van Beethoven, Ludwig},',
        '\tbooktitle = {Advances in {Neural} {Information} {Processing} {Systems}},',
        '\tdoi = {10.5555/3666122.3666999},',
        '\tyear = {2024},',
        '\tmonth = {12},',
        '\tpages = {1201--1215},',
        '\ttitle = {{ShiftAddLLM}: Accelerating {Pretrained} {LLMs} via {Multiplication}-{Less} {Reparameterization}},',
        '\turl = {https://example.org/shiftadd.pdf},',
        '\thowpublished = {https://example.org/shiftadd.pdf},',
        '}',
        '',
      ].join('\n'),
    );
    expect(citations.apa).toBe(
      'Lovelace, A., Núñez, J., & van Beethoven, L. (2024). ShiftAddLLM: Accelerating Pretrained LLMs via Multiplication-Less Reparameterization. Advances in Neural Information Processing Systems, 1201–1215. https://doi.org/10.5555/3666122.3666999',
    );
    expect(citations.ieee).toBe(
      'A. Lovelace, J. Núñez, and L. van Beethoven, “ShiftAddLLM: Accelerating Pretrained LLMs via Multiplication-Less Reparameterization,” in Advances in Neural Information Processing Systems, Dec. 2024, pp. 1201–1215. doi: 10.5555/3666122.3666999.',
    );
  });

  it('writes the CSL-JSON item with split names', () => {
    expect(JSON.parse(formatCitations(conferencePaper).cslJson)).toEqual([
      {
        id: 'shiftadd_fixture',
        'citation-key': 'shiftadd_fixture',
        type: 'paper-conference',
        title:
          'ShiftAddLLM: Accelerating Pretrained LLMs via Multiplication-Less Reparameterization',
        issued: { 'date-parts': [[2024, 12, 10]] },
        author: [
          { given: 'Ada', family: 'Lovelace' },
          { given: 'José', family: 'Núñez' },
          { given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven' },
        ],
        'container-title': 'Advances in Neural Information Processing Systems',
        'container-title-short': 'NeurIPS',
        DOI: '10.5555/3666122.3666999',
        URL: 'https://example.org/shiftadd.pdf',
        page: '1201-1215',
      },
    ]);
  });

  it('formats non-Latin names without a DOI', () => {
    const citations = formatCitations(journalArticle);

    expect(citations.bibtex).toBe(
      [
        '@article{journal_fixture,',
        '\tauthor = {{王小明} and Παπαδόπουλος, Σωκράτης and {Plato}},',
        '\tjournal = {IEEE MICRO},',
        '\tyear = {2023},',
        '\ttitle = {Sparse {Tensor} {Cores} for {Efficient} {Inference}},',
        '}',
        '',
      ].join('\n'),
    );
    expect(citations.apa).toBe(
      '王小明, Παπαδόπουλος, Σ., & Plato. (2023). Sparse Tensor Cores for Efficient Inference. IEEE MICRO.',
    );
    expect(citations.ieee).toBe(
      '王小明, Σ. Παπαδόπουλος, and Plato, “Sparse Tensor Cores for Efficient Inference,” IEEE MICRO, 2023.',
    );
    expect(JSON.parse(citations.cslJson)[0].author).toEqual([
      { literal: '王小明' },
      { given: 'Σωκράτης', family: 'Παπαδόπουλος' },
      { literal: 'Plato' },
    ]);
  });

  it('formats an authorless preprint with its arXiv identifier', () => {
    const citations = formatCitations(preprint);

    expect(citations.bibtex).toBe(
      [
        '@article{preprint_fixture,',
        '\tyear = {2025},',
        '\tpublisher = {arXiv},',
        '\ttitle = {The {Journey} {Matters}: Average {Parameter} {Count} over {Pre}-training},',
        '\turl = {https://arxiv.org/abs/2501.12486},',
        '}',
        '',
      ].join('\n'),
    );
    expect(citations.apa).toBe(
      'The Journey Matters: Average Parameter Count over Pre-training (arXiv:2501.12486). (2025). arXiv. https://arxiv.org/abs/2501.12486',
    );
    expect(citations.ieee).toBe(
      '“The Journey Matters: Average Parameter Count over Pre-training,” 2025, arXiv: arXiv:2501.12486. [Online]. Available: https://arxiv.org/abs/2501.12486',
    );
    const [item] = JSON.parse(citations.cslJson);
    expect(item.author).toBeUndefined();
    expect(item.number).toBe('arXiv:2501.12486');
    expect(item.publisher).toBe('arXiv');
  });

  it('formats a publication as bare as the bundled ones', () => {
    const citations = formatCitations(bareConferencePaper);

    expect(citations.bibtex).toBe(
      [
        '@inproceedings{mesa,',
        '\tbooktitle = {ISCA},',
        '\tyear = {2023},',
        '\ttitle = {{MESA}: Microarchitecture {Extensions} for {Spatial} {Architecture} {Generation}},',
        '}',
        '',
      ].join('\n'),
    );
    expect(citations.apa).toBe(
      'MESA: Microarchitecture Extensions for Spatial Architecture Generation. (2023). ISCA.',
    );
    expect(citations.ieee).toBe(
      '“MESA: Microarchitecture Extensions for Spatial Architecture Generation,” in ISCA, 2023.',
    );
    expect(JSON.parse(citations.cslJson)).toEqual([
      {
        id: 'mesa',
        'citation-key': 'mesa',
        type: 'paper-conference',
        title: 'MESA: Microarchitecture Extensions for Spatial Architecture Generation',
        issued: { 'date-parts': [[2023]] },
        'container-title': 'ISCA',
      },
    ]);
  });
});

describe('formatBibtexFile', () => {
  it('writes one entry per publication, in order', () => {
    const file = formatBibtexFile([journalArticle, bareConferencePaper]);
    expect(file.match(/^@\w+\{[^,]+,/gm)).toEqual([
      '@article{journal_fixture,',
      '@inproceedings{mesa,',
    ]);
  });

  it('writes an empty file for no publications', () => {
    expect(formatBibtexFile([])).toBe('');
  });
});
