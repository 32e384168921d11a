/** @jest-environment node */
import {
  LIGHTHOUSE_TARGETS,
  LighthouseResultError,
  type LighthouseResultSubset,
  readLighthouseRun,
} from '../../bench/lib/lighthouse-report';

const isLocal = (href: string) => new URL(href).hostname === '127.0.0.1';

function result(overrides: Partial<LighthouseResultSubset> = {}): LighthouseResultSubset {
  const metricAudit = (numericValue: number) => ({ title: 'metric', score: 1, numericValue });
  return {
    lighthouseVersion: '13.5.0',
    userAgent: 'HeadlessChrome/156',
    environment: { benchmarkIndex: 2100 },
    categories: {
      performance: {
        score: 0.97,
        auditRefs: [
          { id: 'largest-contentful-paint', weight: 25 },
          { id: 'total-blocking-time', weight: 30 },
          { id: 'unused-javascript', weight: 0 },
        ],
      },
      accessibility: { score: 1, auditRefs: [{ id: 'image-alt', weight: 10 }] },
      'best-practices': { score: 0.96, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
      seo: { score: 1, auditRefs: [{ id: 'canonical', weight: 1 }] },
    },
    audits: {
      'first-contentful-paint': metricAudit(812),
      'largest-contentful-paint': {
        title: 'LCP',
        score: 0.94,
        numericValue: 2237,
        displayValue: '2.2 s',
      },
      'total-blocking-time': { title: 'TBT', score: 0.88, numericValue: 202.5 },
      'cumulative-layout-shift': metricAudit(0),
      'speed-index': metricAudit(900),
      'total-byte-weight': metricAudit(231_000),
      'unused-javascript': { title: 'Unused JavaScript', score: 0.5 },
      'image-alt': { title: 'Image alt', score: null },
      'errors-in-console': { title: 'Errors in console', score: 0 },
      canonical: { title: 'Canonical', score: 1 },
      'network-requests': {
        title: 'Requests',
        score: null,
        details: {
          items: [
            { url: 'http://127.0.0.1:4100/' },
            { url: 'https://fonts.example.org/a.woff2' },
            { url: 'http://127.0.0.1:4100/_next/static/chunks/a.js' },
          ],
        },
      },
    },
    ...overrides,
  };
}

describe('readLighthouseRun', () => {
  it('converts category scores to 0 to 100', () => {
    expect(readLighthouseRun(result(), isLocal).scores).toEqual({
      performance: 97,
      accessibility: 100,
      bestPractices: 96,
      seo: 100,
    });
  });

  it('keeps metrics in milliseconds and bytes', () => {
    expect(readLighthouseRun(result(), isLocal).metrics).toEqual({
      fcpMs: 812,
      lcpMs: 2237,
      tbtMs: 202.5,
      cls: 0,
      speedIndexMs: 900,
      totalBytes: 231_000,
    });
  });

  it('lists weighted audits below a full score', () => {
    expect(readLighthouseRun(result(), isLocal).failedAudits).toEqual([
      { category: 'performance', id: 'largest-contentful-paint', score: 0.94, value: '2.2 s' },
      { category: 'performance', id: 'total-blocking-time', score: 0.88, value: undefined },
      { category: 'best-practices', id: 'errors-in-console', score: 0, value: undefined },
    ]);
  });

  it('reports requests that left the machine', () => {
    expect(readLighthouseRun(result(), isLocal).outsideRequests).toEqual([
      'https://fonts.example.org/a.woff2',
    ]);
  });

  it('rejects a result without a category score', () => {
    const lhr = result();
    lhr.categories.seo = { score: null, auditRefs: [] };
    expect(() => readLighthouseRun(lhr, isLocal)).toThrow(LighthouseResultError);
  });

  it('rejects a result whose metric audit failed', () => {
    const lhr = result();
    lhr.audits['largest-contentful-paint'] = {
      title: 'LCP',
      score: null,
      errorMessage: 'NO_LCP',
    };
    expect(() => readLighthouseRun(lhr, isLocal)).toThrow(
      'The Lighthouse result has no value for "largest-contentful-paint": NO_LCP',
    );
  });
});

describe('LIGHTHOUSE_TARGETS', () => {
  const target = (label: string) => {
    const found = LIGHTHOUSE_TARGETS.find((entry) => entry.label === label);
    if (!found) throw new Error(`No target labelled ${label}`);
    return found;
  };

  it('meets LCP at exactly 1,500 ms and not above', () => {
    expect(target('LCP (ms)').met(1500)).toBe(true);
    expect(target('LCP (ms)').met(1501)).toBe(false);
  });

  it('meets TBT at exactly 50 ms and not above', () => {
    expect(target('TBT (ms)').met(50)).toBe(true);
    expect(target('TBT (ms)').met(51)).toBe(false);
  });

  it('meets CLS only at zero', () => {
    expect(target('CLS').met(0)).toBe(true);
    expect(target('CLS').met(0.001)).toBe(false);
  });

  it('meets a score only at 100', () => {
    expect(target('SEO').met(100)).toBe(true);
    expect(target('SEO').met(99)).toBe(false);
  });
});
