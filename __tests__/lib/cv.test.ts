import { buildCv, parseCvView, UNNAMED_CV } from '@/lib/cv';

import { fullSources, sparseSources } from '../support/cv-sources';
import { publication } from '../support/explorer-result';

describe('buildCv', () => {
  it('lists every section in reading order for the full view', () => {
    const cv = buildCv(fullSources(), 'full');
    expect(cv.sections).toEqual([
      'summary',
      'appointments',
      'education',
      'honors',
      'service',
      'publications',
      'media',
      'posts',
      'skills',
    ]);
    expect(cv.headline).toBe('Research Scientist, Example Lab');
    expect(cv.summary).toBe('Works on accelerators.');
  });

  it('groups publications by type in a fixed order', () => {
    const cv = buildCv(fullSources(), 'full');
    expect(cv.publicationGroups.map((group) => group.title)).toEqual([
      'Conference papers',
      'Journal articles',
      'Preprints',
    ]);
    expect(cv.publicationGroups[0]?.publications[0]).toMatchObject({
      title: 'Title of alpha',
      venue: 'ISCA 2024',
      badges: ['Oral Presentation'],
      path: '/publications/alpha',
    });
  });

  it('gives books, chapters, reports and theses groups of their own', () => {
    const sources = fullSources();
    sources.publications = [
      publication('thesis', 2015, { type: 'doctoral-thesis', typeLabel: 'Doctoral thesis' }),
      publication('report', 2016, { type: 'report', typeLabel: 'Technical report' }),
      publication('chapter', 2017, { type: 'chapter', typeLabel: 'Book chapter' }),
      publication('book', 2018, { type: 'book', typeLabel: 'Book' }),
      publication('data', 2019, { type: 'other', typeLabel: 'Other' }),
      publication('untyped', 2020, { type: null, typeLabel: null }),
    ];
    expect(
      buildCv(sources, 'full').publicationGroups.map((group) => [
        group.title,
        group.publications.map((item) => item.id),
      ]),
    ).toEqual([
      ['Books', ['publication-book']],
      ['Book chapters', ['publication-chapter']],
      ['Technical reports', ['publication-report']],
      ['Doctoral thesis', ['publication-thesis']],
      ['Other publications', ['publication-data', 'publication-untyped']],
    ]);
  });

  it('puts honors first and keeps only featured publications in the short view', () => {
    const cv = buildCv(fullSources(), 'short');
    expect(cv.sections).toEqual([
      'summary',
      'honors',
      'appointments',
      'education',
      'publications',
      'skills',
    ]);
    expect(cv.publicationGroups.flatMap((group) => group.publications.map((p) => p.title))).toEqual(
      ['Title of alpha'],
    );
    expect(cv.media).toEqual([]);
  });

  it('leaves out every section without entries', () => {
    const cv = buildCv(sparseSources(), 'full');
    expect(cv.sections).toEqual([]);
    expect(cv.headline).toBeNull();
    expect(cv.summary).toBeNull();
    expect(JSON.stringify(cv)).not.toContain('undefined');
  });

  it('names an unnamed CV', () => {
    const cv = buildCv({ ...sparseSources(), profile: null }, 'full');
    expect(cv.name).toBe(UNNAMED_CV);
  });
});

describe('parseCvView', () => {
  it.each([
    ['short', 'short'],
    ['full', 'full'],
    [undefined, 'full'],
    ['SHORT', 'full'],
    [['short', 'full'], 'full'],
  ] as [string | string[] | undefined, string][])('reads %p as %p', (value, expected) => {
    expect(parseCvView(value)).toBe(expected);
  });
});
