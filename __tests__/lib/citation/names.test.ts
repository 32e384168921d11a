import { bibtexKey } from '@/lib/citation/bibtex-key';
import { arxivIdFromUrl, doiFromUrl, readIdentifiers } from '@/lib/citation/identifiers';
import { toCslName } from '@/lib/citation/names';
import { protectLeadingCapitals } from '@/lib/citation/title-case';

describe('toCslName', () => {
  it.each([
    ['Ada Lovelace', { given: 'Ada', family: 'Lovelace' }],
    ['Lovelace, Ada', { given: 'Ada', family: 'Lovelace' }],
    ['José  Núñez', { given: 'José', family: 'Núñez' }],
    ['Plato', { literal: 'Plato' }],
    ['王小明', { literal: '王小明' }],
    ['山田 太郎', { literal: '山田 太郎' }],
  ])('reads %s', (name, expected) => {
    expect(toCslName(name)).toEqual(expected);
  });
});

describe('bibtexKey', () => {
  it('turns a slug into a key BibTeX tools accept', () => {
    expect(bibtexKey('the-journey-matters')).toBe('the_journey_matters');
    expect(bibtexKey('MESA 2')).toBe('mesa2');
    expect(bibtexKey('---')).toBe('___');
    expect(bibtexKey('ü')).toBe('publication');
  });
});

describe('identifiers', () => {
  it('reads a DOI only from doi.org', () => {
    expect(doiFromUrl('https://doi.org/10.1145/3579371.3589057')).toBe('10.1145/3579371.3589057');
    expect(doiFromUrl('https://example.org/10.1145/3579371.3589057')).toBeNull();
    expect(doiFromUrl('https://doi.org/not-a-doi')).toBeNull();
    expect(doiFromUrl(null)).toBeNull();
  });

  it('reads arXiv identifiers from abstract and PDF pages', () => {
    expect(arxivIdFromUrl('https://arxiv.org/abs/2501.12486')).toBe('2501.12486');
    expect(arxivIdFromUrl('https://arxiv.org/pdf/2501.12486v2.pdf')).toBe('2501.12486v2');
    expect(arxivIdFromUrl('https://arxiv.org/abs/cs/0112017')).toBe('cs/0112017');
    expect(arxivIdFromUrl('https://example.org/abs/2501.12486')).toBeNull();
  });

  it('finds nothing in a publication without links', () => {
    expect(readIdentifiers([])).toEqual({ doi: null, arxivId: null, url: null, pdfUrl: null });
  });

  it('prefers the arXiv page as the address and keeps the PDF apart', () => {
    const identifiers = readIdentifiers([
      { key: 'a', kind: 'pdf', label: 'PDF', url: 'https://example.org/paper.pdf' },
      { key: 'b', kind: 'arxiv', label: 'arXiv', url: 'https://arxiv.org/abs/2501.12486' },
    ]);
    expect(identifiers.url).toBe('https://arxiv.org/abs/2501.12486');
    expect(identifiers.pdfUrl).toBe('https://example.org/paper.pdf');
  });

  it('never takes a mailto link as the PDF address', () => {
    const identifiers = readIdentifiers([
      { key: 'a', kind: 'pdf', label: 'PDF', url: 'mailto:author@example.org' },
    ]);
    expect(identifiers.pdfUrl).toBeNull();
  });
});

describe('protectLeadingCapitals', () => {
  it.each([
    ['MESA: Microarchitecture', '<span class="nocase">MESA</span>: Microarchitecture'],
    ['iPhone apps', '<span class="nocase">iPhone</span> apps'],
    ['The Journey', 'The Journey'],
    ['A<b>: x', 'A<b>: x'],
  ])('marks %s', (title, expected) => {
    expect(protectLeadingCapitals(title)).toBe(expected);
  });
});
