import { render } from '@testing-library/react';

import { highwireTags, splitPages } from '@/lib/citation/highwire';
import { scholarlyArticleJsonLd, serializeJsonLd } from '@/lib/citation/json-ld';

import {
  bareConferencePaper,
  conferencePaper,
  journalArticle,
  preprint,
} from '../../support/citable-publications';

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

  it('leaves out what a bare publication lacks', () => {
    expect(highwireTags(bareConferencePaper)).toEqual({
      citation_title: 'MESA: Microarchitecture Extensions for Spatial Architecture Generation',
      citation_publication_date: '2023',
      citation_conference_title: 'ISCA',
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

describe('scholarlyArticleJsonLd', () => {
  function parseRendered(json: string): unknown {
    const { container } = render(
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />,
    );
    const script = container.querySelector('script[type="application/ld+json"]');
    return JSON.parse(script?.textContent ?? '');
  }

  it('parses back from the rendered script', () => {
    const jsonLd = scholarlyArticleJsonLd(conferencePaper, conferencePaper.href);
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
    const json = serializeJsonLd(scholarlyArticleJsonLd(hostile, hostile.href));
    expect(json).not.toContain('<');
    expect(parseRendered(json)).toMatchObject({ headline: hostile.title });
  });

  it('leaves out authors, venue links and pages a publication lacks', () => {
    expect(scholarlyArticleJsonLd(bareConferencePaper, '/publications/mesa')).toEqual({
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
