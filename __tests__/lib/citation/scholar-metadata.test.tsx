import { render } from '@testing-library/react';

import { highwireTags, splitPages } from '@/lib/citation/highwire';
import { publicationJsonLd, serializeJsonLd } from '@/lib/citation/json-ld';
import type { PublicationDetail } from '@/lib/content-types';
import type { PublicationType } from '@/lib/publication-types';

import {
  bareConferencePaper,
  conferencePaper,
  importedPaper,
  journalArticle,
  mathArticle,
  preprint,
} from '../../support/citable-publications';

/** Builds a bare publication of `type` that appeared at Example University, plus `details`. */
function work(type: PublicationType, details: Partial<PublicationDetail> = {}): PublicationDetail {
  return {
    ...bareConferencePaper,
    type,
    title: 'A Work',
    titleTex: 'A Work',
    venue: { label: 'Example University', fullName: null },
    ...details,
  };
}

describe('highwireTags', () => {
  it('describes a conference paper with every field', () => {
    expect(highwireTags(conferencePaper)).toEqual({
      citation_title:
        'ShiftAddLLM: Accelerating Pretrained LLMs via Multiplication-Less Reparameterization',
      citation_author: ['Ada Lovelace', 'José Núñez', 'Ludwig van Beethoven'],
      citation_publication_date: '2024/12/10',
      citation_conference_title: 'Advances in Neural Information Processing Systems',
      citation_pdf_url: 'https://example.org/shiftadd.pdf',
      citation_doi: '10.5555/3666122.3666999',
      citation_firstpage: '1201',
      citation_lastpage: '1215',
    });
  });

  it('names the journal of a journal article', () => {
    const tags = highwireTags(journalArticle);
    expect(tags.citation_journal_title).toBe('IEEE MICRO');
    expect(tags.citation_conference_title).toBeUndefined();
    expect(tags.citation_publication_date).toBe('2023');
  });

  it('gives a preprint no container and its arXiv identifier', () => {
    const tags = highwireTags(preprint);
    expect(tags.citation_journal_title).toBeUndefined();
    expect(tags.citation_conference_title).toBeUndefined();
    expect(tags.citation_arxiv_id).toBe('2501.12486');
    expect(tags.citation_pdf_url).toBeUndefined();
  });

  it('names volume, issue and publisher', () => {
    expect(highwireTags(mathArticle)).toMatchObject({
      citation_title: 'Sorting in O(n²) Time Is Enough',
      citation_journal_title: 'Journal of Algorithms',
      citation_volume: '40',
      citation_issue: '2',
      citation_firstpage: '101',
      citation_lastpage: '117',
    });
    expect(highwireTags(importedPaper).citation_publisher).toBe('ACM');
  });

  it.each<[PublicationType, Record<string, string>]>([
    ['report', { citation_technical_report_institution: 'Example University' }],
    ['doctoral-thesis', { citation_dissertation_institution: 'Example University' }],
    ['masters-thesis', { citation_dissertation_institution: 'Example University' }],
    ['chapter', { citation_book_title: 'Example University' }],
    ['book', {}],
    ['other', {}],
  ])('names the venue of a %s', (type, venueTags) => {
    expect(highwireTags(work(type))).toEqual({
      citation_title: 'A Work',
      citation_publication_date: '2023',
      ...venueTags,
    });
  });

  it('gives a report its number', () => {
    const tags = highwireTags(work('report', { number: 'TR-7' }));
    expect(tags.citation_technical_report_number).toBe('TR-7');
    expect(tags.citation_issue).toBeUndefined();
  });

  it('leaves out what a bare publication lacks', () => {
    expect(highwireTags(bareConferencePaper)).toEqual({
      citation_title: 'MESA: Microarchitecture Extensions for Spatial Architecture Generation',
      citation_publication_date: '2023',
      citation_conference_title: 'ISCA',
    });
  });
});

describe('publicationJsonLd by type', () => {
  it.each<[PublicationType, Record<string, unknown>]>([
    [
      'doctoral-thesis',
      {
        '@type': 'Thesis',
        inSupportOf: 'Doctoral degree',
        sourceOrganization: { '@type': 'Organization', name: 'Example University' },
      },
    ],
    [
      'masters-thesis',
      {
        '@type': 'Thesis',
        inSupportOf: "Master's degree",
        sourceOrganization: { '@type': 'Organization', name: 'Example University' },
      },
    ],
    [
      'report',
      {
        '@type': 'Report',
        reportNumber: 'TR-7',
        sourceOrganization: { '@type': 'Organization', name: 'Example University' },
      },
    ],
    ['chapter', { '@type': 'Chapter', isPartOf: { '@type': 'Book', name: 'Example University' } }],
    [
      'book',
      {
        '@type': 'Book',
        isPartOf: { '@type': 'BookSeries', name: 'Example University' },
        publisher: { '@type': 'Organization', name: 'Springer' },
      },
    ],
  ])('describes a %s', (type, expected) => {
    const publication = work(type, {
      number: type === 'report' ? 'TR-7' : null,
      publisher: type === 'book' ? 'Springer' : null,
    });
    expect(publicationJsonLd(publication, '/publications/work')).toEqual({
      '@context': 'https://schema.org',
      headline: 'A Work',
      name: 'A Work',
      url: '/publications/work',
      datePublished: '2023',
      ...expected,
    });
  });

  it('nests the issue and volume of a journal article', () => {
    expect(publicationJsonLd(mathArticle, mathArticle.href).isPartOf).toEqual({
      '@type': 'PublicationIssue',
      issueNumber: '2',
      isPartOf: {
        '@type': 'PublicationVolume',
        volumeNumber: '40',
        isPartOf: { '@type': 'Periodical', name: 'Journal of Algorithms' },
      },
    });
  });
});

describe('splitPages', () => {
  it.each([
    ['12-20', { first: '12', last: '20' }],
    ['12 – 20', { first: '12', last: '20' }],
    ['e1001', { first: 'e1001', last: null }],
    [null, null],
  ])('splits %s', (pages, expected) => {
    expect(splitPages(pages)).toEqual(expected);
  });
});

describe('publicationJsonLd', () => {
  function parseRendered(json: string): unknown {
    const { container } = render(
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />,
    );
    const script = container.querySelector('script[type="application/ld+json"]');
    return JSON.parse(script?.textContent ?? '');
  }

  it('parses back from the rendered script', () => {
    const jsonLd = publicationJsonLd(conferencePaper, conferencePaper.href);
    expect(parseRendered(serializeJsonLd(jsonLd))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      headline:
        'ShiftAddLLM: Accelerating Pretrained LLMs via Multiplication-Less Reparameterization',
      name: 'ShiftAddLLM: Accelerating Pretrained LLMs via Multiplication-Less Reparameterization',
      url: '/publications/shiftadd-fixture',
      datePublished: '2024-12-10',
      author: [
        { '@type': 'Person', name: 'Ada Lovelace' },
        { '@type': 'Person', name: 'José Núñez' },
        { '@type': 'Person', name: 'Ludwig van Beethoven' },
      ],
      isPartOf: {
        '@type': 'CreativeWorkSeries',
        name: 'Advances in Neural Information Processing Systems',
      },
      sameAs: ['https://doi.org/10.5555/3666122.3666999', 'https://example.org/shiftadd.pdf'],
      pageStart: '1201',
      pageEnd: '1215',
      pagination: '1201–1215',
    });
  });

  it('escapes a closing script tag in a title', () => {
    const hostile = { ...bareConferencePaper, title: 'A </script><script>alert(1)</script> B' };
    const json = serializeJsonLd(publicationJsonLd(hostile, hostile.href));
    expect(json).not.toContain('<');
    expect(parseRendered(json)).toMatchObject({ headline: hostile.title });
  });

  it('leaves out authors, venue links and pages a publication lacks', () => {
    expect(publicationJsonLd(bareConferencePaper, '/publications/mesa')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      headline: 'MESA: Microarchitecture Extensions for Spatial Architecture Generation',
      name: 'MESA: Microarchitecture Extensions for Spatial Architecture Generation',
      url: '/publications/mesa',
      datePublished: '2023',
      isPartOf: { '@type': 'CreativeWorkSeries', name: 'ISCA' },
    });
  });
});
