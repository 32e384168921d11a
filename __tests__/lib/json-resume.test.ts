import { validate } from '@jsonresume/schema';

import { buildCv } from '@/lib/cv';
import { toJsonResume } from '@/lib/json-resume';

import { fullSources, sparseSources } from '../support/cv-sources';

function schemaErrors(resume: unknown): unknown[] {
  let errors: unknown[] = [];
  validate(resume, (found) => {
    errors = found ?? [];
  });
  return errors;
}

describe('toJsonResume', () => {
  it('produces a valid JSON Resume from a full CV', () => {
    const resume = toJsonResume(buildCv(fullSources(), 'full'), 'https://ada.example.org');
    expect(schemaErrors(resume)).toEqual([]);
    expect(resume.work).toEqual([
      { name: 'Example Lab', position: 'Research Scientist', startDate: '2019' },
    ]);
    expect(resume.education[0]).toEqual({
      institution: 'Example University',
      studyType: 'Ph.D.',
      area: 'Computer Science',
      startDate: '2012',
      endDate: '2018',
    });
    expect(resume.volunteer).toEqual([
      { organization: 'ISCA 2024', position: 'Program committee member', startDate: '2024' },
    ]);
    expect(resume.skills).toEqual([{ name: 'JAX' }, { name: 'Verilog' }]);
    expect(resume.awards[0]).toEqual({
      title: 'Best Paper Award',
      date: '2016',
      summary: '2016–2018',
    });
    expect(resume.publications[0]).toMatchObject({
      name: 'Title of alpha',
      publisher: 'ISCA 2024',
      releaseDate: '2024',
      url: 'https://ada.example.org/publications/alpha',
    });
  });

  it('produces a valid JSON Resume without optional content', () => {
    const resume = toJsonResume(buildCv(sparseSources(), 'full'), 'https://ada.example.org');
    expect(schemaErrors(resume)).toEqual([]);
    expect(resume.basics).toEqual({
      name: 'Ada Example',
      url: 'https://ada.example.org',
      profiles: [],
    });
  });

  it('rejects what the schema rejects, so the checks above can fail', () => {
    expect(schemaErrors({ basics: { name: 42 } })).not.toEqual([]);
  });
});
