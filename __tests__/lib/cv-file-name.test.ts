/** @jest-environment node */
import { buildCv } from '@/lib/cv';
import { cvFileName } from '@/lib/cv-pdf';

import { fullSources } from '../support/cv-sources';

jest.mock('@react-pdf/renderer', () => ({}));
jest.mock('@/components/cv/CvPdf', () => ({ CvPdf: () => null }));

describe('cvFileName', () => {
  it('names the file after the owner', () => {
    expect(cvFileName(buildCv(fullSources(), 'full'))).toBe('Ada-Example-CV.pdf');
    expect(cvFileName(buildCv(fullSources(), 'short'))).toBe('Ada-Example-CV-short.pdf');
  });

  it('falls back to a generic name for a name without Latin letters', () => {
    const sources = fullSources();
    const cv = buildCv({ ...sources, profile: { ...sources.profile!, name: '张伟' } }, 'full');
    expect(cvFileName(cv)).toBe('curriculum-vitae-CV.pdf');
  });

  it('keeps accented names readable in ASCII', () => {
    const sources = fullSources();
    const cv = buildCv(
      { ...sources, profile: { ...sources.profile!, name: 'Çağrı Ünal-Łoś' } },
      'full',
    );
    expect(cvFileName(cv)).toBe('Cagri-Unal-Los-CV.pdf');
  });
});
