/** @jest-environment node */
import type { CitablePublication } from '@/lib/citation/csl';
import { formatBibtexFile, formatCitations } from '@/lib/citation/format';
import type { PublicationType } from '@/lib/publication-types';

import {
  bareConferencePaper,
  conferencePaper,
  importedPaper,
  journalArticle,
  mathArticle,
  preprint,
} from '../../support/citable-publications';

/** Builds a bare publication of `type` titled "A Work", with `venue` as its only venue name. */
function work(
  type: PublicationType,
  venue: string | null,
  details: Partial<CitablePublication> = {},
): CitablePublication {
  return {
    ...bareConferencePaper,
    slug: `${type}-work`,
    type,
    title: 'A Work',
    titleTex: 'A Work',
    venue: venue ? { label: venue, fullName: null } : null,
    ...details,
  };
}

describe('formatCitations', () => {
  it('formats a conference paper with authors and a DOI', () => {
    const citations = formatCitations(conferencePaper);

    expect(citations.bibtex).toBe(
      [
        '@inproceedings{shiftadd_fixture,',
        '\tauthor = {Lovelace, Ada and Núñez, José and van Beethoven, Ludwig},',
        '\ttitle = {{ShiftAddLLM}: Accelerating {Pretrained} {LLMs} via {Multiplication}-{Less} {Reparameterization}},',
        '\tbooktitle = {Advances in Neural Information Processing Systems},',
        '\tyear = {2024},',
        '\tmonth = dec,',
        '\tpages = {1201--1215},',
        '\tdoi = {10.5555/3666122.3666999},',
        '\turl = {https://example.org/shiftadd.pdf},',
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
        '\ttitle = {Sparse {Tensor} {Cores} for {Efficient} {Inference}},',
        '\tjournal = {IEEE MICRO},',
        '\tyear = {2023},',
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
    const citations = formatCitations({ ...preprint, arxivPrimaryClass: 'cs.LG' });

    expect(citations.bibtex).toBe(
      [
        '@misc{preprint_fixture,',
        '\ttitle = {The {Journey} {Matters}: Average {Parameter} {Count} over {Pre}-training},',
        '\tyear = {2025},',
        '\teprint = {2501.12486},',
        '\tarchivePrefix = {arXiv},',
        '\tprimaryClass = {cs.LG},',
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
        '\ttitle = {{MESA}: Microarchitecture {Extensions} for {Spatial} {Architecture} {Generation}},',
        '\tbooktitle = {ISCA},',
        '\tyear = {2023},',
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

describe('formatCitations of imported records', () => {
  it('uses the stored citation key and braced title', () => {
    const citations = formatCitations(importedPaper);

    expect(citations.bibtex).toBe(
      [
        '@inproceedings{DBLP:conf/isca/Lovelace22,',
        '\tauthor = {Lovelace, Ada and Babbage, Charles},',
        '\ttitle = {Scheduling {GPU} Kernels with {TPU}-Style Systolic Arrays},',
        '\tbooktitle = {International Symposium on Computer Architecture},',
        '\tpublisher = {ACM},',
        '\tyear = {2022},',
        '\tmonth = mar,',
        '\tpages = {12--20},',
        '}',
        '',
      ].join('\n'),
    );
    const [item] = JSON.parse(citations.cslJson);
    expect(item.id).toBe('DBLP:conf/isca/Lovelace22');
    expect(item['citation-key']).toBe('DBLP:conf/isca/Lovelace22');
    expect(item.issued).toEqual({ 'date-parts': [[2022, 3]] });
  });

  it('keeps inline math of the stored title in BibTeX only', () => {
    const citations = formatCitations(mathArticle);

    expect(citations.bibtex).toBe(
      [
        '@article{sorting_in_o_n_2_time,',
        '\tauthor = {Lovelace, Ada},',
        '\ttitle = {Sorting in $O(n^2)$ {Time} {Is} {Enough}},',
        '\tjournal = {Journal of Algorithms},',
        '\tyear = {2019},',
        '\tvolume = {40},',
        '\tnumber = {2},',
        '\tpages = {101--117},',
        '}',
        '',
      ].join('\n'),
    );
    expect(citations.apa).toBe(
      'Lovelace, A. (2019). Sorting in O(n²) Time Is Enough. Journal of Algorithms, 40(2), 101–117.',
    );
    expect(citations.ieee).toBe(
      'A. Lovelace, “Sorting in O(n²) Time Is Enough,” J. Algorithms, vol. 40, no. 2, pp. 101–117, 2019.',
    );
    const [item] = JSON.parse(citations.cslJson);
    expect(item.title).toBe('Sorting in O(n²) Time Is Enough');
    expect(item.volume).toBe('40');
    expect(item.issue).toBe('2');
  });

  it('escapes TeX characters of a title without a stored BibTeX title', () => {
    const title = 'Saving 50% of Energy for $1 & More_Fast';
    const { bibtex } = formatCitations({ ...bareConferencePaper, title, titleTex: title });
    expect(bibtex).toContain('\ttitle = {Saving 50\\% of {Energy} for \\$1 \\& {More}\\_Fast},\n');
  });

  it('derives the key when the stored one is not a BibTeX key', () => {
    const { bibtex } = formatCitations({ ...bareConferencePaper, citationKey: 'lovelace 2023' });
    expect(bibtex.split('\n')[0]).toBe('@inproceedings{mesa,');
  });

  it('formats the title when the stored one has unbalanced braces', () => {
    const { bibtex } = formatCitations({ ...bareConferencePaper, titleBibtex: '{MESA: Micro' });
    expect(bibtex).toContain(
      '\ttitle = {{MESA}: Microarchitecture {Extensions} for {Spatial} {Architecture} {Generation}},\n',
    );
  });

  it.each([
    [{ date: '2024-12-10', month: null }, '\tmonth = dec,'],
    [{ date: null, month: 1 }, '\tmonth = jan,'],
    [{ date: '2023-06-30', month: null }, undefined],
  ])('writes the month of %j as a macro', (dates, expected) => {
    const { bibtex } = formatCitations({ ...bareConferencePaper, year: 2024, ...dates });
    expect(bibtex.split('\n').find((line) => line.startsWith('\tmonth'))).toBe(expected);
  });
});

describe('formatCitations by publication type', () => {
  it.each<[string, CitablePublication, string[]]>([
    [
      'a book with its publisher',
      work('book', null, { publisher: 'Springer', volume: '3' }),
      [
        '@book{book_work,',
        '\ttitle = {A {Work}},',
        '\tpublisher = {Springer},',
        '\tyear = {2023},',
        '\tvolume = {3},',
        '}',
      ],
    ],
    [
      'a book chapter',
      work('chapter', 'Handbook of Systems', { publisher: 'Springer', pages: '45-67' }),
      [
        '@incollection{chapter_work,',
        '\ttitle = {A {Work}},',
        '\tbooktitle = {Handbook of Systems},',
        '\tpublisher = {Springer},',
        '\tyear = {2023},',
        '\tpages = {45--67},',
        '}',
      ],
    ],
    [
      'a technical report with its number',
      work('report', 'Example University', { number: 'TR-2021-07' }),
      [
        '@techreport{report_work,',
        '\ttitle = {A {Work}},',
        '\tinstitution = {Example University},',
        '\tyear = {2023},',
        '\tnumber = {TR-2021-07},',
        '}',
      ],
    ],
    [
      'a doctoral thesis',
      work('doctoral-thesis', 'Example University'),
      [
        '@phdthesis{doctoral_thesis_work,',
        '\ttitle = {A {Work}},',
        '\tschool = {Example University},',
        '\tyear = {2023},',
        '}',
      ],
    ],
    [
      "a master's thesis",
      work('masters-thesis', 'Example University'),
      [
        '@mastersthesis{masters_thesis_work,',
        '\ttitle = {A {Work}},',
        '\tschool = {Example University},',
        '\tyear = {2023},',
        '}',
      ],
    ],
    [
      'another kind of work',
      work('other', 'Zenodo'),
      [
        '@misc{other_work,',
        '\ttitle = {A {Work}},',
        '\thowpublished = {Zenodo},',
        '\tyear = {2023},',
        '}',
      ],
    ],
    [
      'a preprint in a journal',
      { ...preprint, venue: { label: 'CoRR', fullName: null }, volume: 'abs/2501.12486' },
      [
        '@article{preprint_fixture,',
        '\ttitle = {The {Journey} {Matters}: Average {Parameter} {Count} over {Pre}-training},',
        '\tjournal = {CoRR},',
        '\tyear = {2025},',
        '\tvolume = {abs/2501.12486},',
        '\teprint = {2501.12486},',
        '\tarchivePrefix = {arXiv},',
        '\turl = {https://arxiv.org/abs/2501.12486},',
        '}',
      ],
    ],
    [
      'a preprint on arXiv without an identifier',
      { ...preprint, links: [] },
      [
        '@misc{preprint_fixture,',
        '\ttitle = {The {Journey} {Matters}: Average {Parameter} {Count} over {Pre}-training},',
        '\thowpublished = {arXiv},',
        '\tyear = {2025},',
        '}',
      ],
    ],
  ])('exports %s', (_case, publication, lines) => {
    expect(formatCitations(publication).bibtex).toBe(`${lines.join('\n')}\n`);
  });

  it.each<[PublicationType, string, string]>([
    ['doctoral-thesis', 'thesis', 'PhD thesis'],
    ['masters-thesis', 'thesis', "Master's thesis"],
    ['report', 'report', ''],
    ['book', 'book', ''],
    ['chapter', 'chapter', ''],
    ['other', 'document', ''],
  ])('gives a %s the CSL type %s', (type, cslType, genre) => {
    const [item] = JSON.parse(formatCitations(work(type, 'Example University')).cslJson);
    expect(item.type).toBe(cslType);
    expect(item.genre ?? '').toBe(genre);
  });

  it('cites a report number as the report number', () => {
    const report = work('report', 'Example University', { number: 'TR-7' });
    expect(formatCitations(report).ieee).toBe('“A Work,” Example University, TR-7, 2023.');
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

  it('gives every entry its own key, stored keys first', () => {
    const file = formatBibtexFile([
      { ...bareConferencePaper, slug: 'first' },
      { ...bareConferencePaper, slug: 'second', citationKey: 'first' },
      { ...bareConferencePaper, slug: 'third', citationKey: 'first' },
      { ...bareConferencePaper, slug: 'first' },
      importedPaper,
    ]);
    expect(file.match(/^@\w+\{[^,]+,/gm)).toEqual([
      '@inproceedings{first_2,',
      '@inproceedings{first,',
      '@inproceedings{first_3,',
      '@inproceedings{first_4,',
      '@inproceedings{DBLP:conf/isca/Lovelace22,',
    ]);
  });

  it('separates entries with a blank line', () => {
    expect(formatBibtexFile([journalArticle, bareConferencePaper])).toContain(
      '}\n\n@inproceedings{mesa,\n',
    );
  });
});
