// Reads the figures the benchmark keeps from a Lighthouse result (LHR), and the targets they are
// compared with.

export const LIGHTHOUSE_CATEGORIES = [
  'performance',
  'accessibility',
  'best-practices',
  'seo',
] as const;

type CategoryId = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** The parts of a Lighthouse 13 result (`LH.Result`) that the benchmark reads. */
export type LighthouseResultSubset = {
  lighthouseVersion: string;
  userAgent: string;
  environment: { benchmarkIndex: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      title: string;
      score: number | null;
      numericValue?: number;
      displayValue?: string;
      errorMessage?: string;
      details?: unknown;
    }
  >;
};

export type FailedAudit = { category: CategoryId; id: string; score: number; value?: string };

export type LighthouseRun = {
  lighthouseVersion: string;
  userAgent: string;
  /** Lighthouse's own CPU benchmark of the machine during the run. A lower index means a slower or busier machine. */
  benchmarkIndex: number;
  /** Category scores from 0 to 100. */
  scores: Record<'performance' | 'accessibility' | 'bestPractices' | 'seo', number>;
  metrics: {
    fcpMs: number;
    lcpMs: number;
    tbtMs: number;
    cls: number;
    speedIndexMs: number;
    /** Bytes transferred during the load, as Lighthouse counts them. */
    totalBytes: number;
  };
  /** Scored audits below a full score, so the figures point at what to fix. */
  failedAudits: FailedAudit[];
  /** Requests the page made to anything but this machine. */
  outsideRequests: string[];
};

/** Raised when a Lighthouse result lacks a score or a metric that the benchmark reports. */
export class LighthouseResultError extends Error {
  override name = 'LighthouseResultError';
}

function categoryScore(lhr: LighthouseResultSubset, id: CategoryId): number {
  const score = lhr.categories[id]?.score;
  if (score === null || score === undefined) {
    throw new LighthouseResultError(`The Lighthouse result has no score for category "${id}"`);
  }
  return Math.round(score * 100);
}

function metric(lhr: LighthouseResultSubset, id: string): number {
  const audit = lhr.audits[id];
  if (audit?.numericValue === undefined) {
    throw new LighthouseResultError(
      `The Lighthouse result has no value for "${id}": ${audit?.errorMessage ?? 'audit missing'}`,
    );
  }
  return audit.numericValue;
}

function failedAudits(lhr: LighthouseResultSubset): FailedAudit[] {
  return LIGHTHOUSE_CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap((ref): FailedAudit[] => {
      const audit = lhr.audits[ref.id];
      if (ref.weight === 0 || !audit || audit.score === null || audit.score >= 1) return [];
      return [{ category, id: ref.id, score: audit.score, value: audit.displayValue }];
    }),
  );
}

/** Lists the URLs of the `network-requests` audit, which Lighthouse 13 stores as `details.items[].url`. */
function requestedUrls(lhr: LighthouseResultSubset): string[] {
  const details = lhr.audits['network-requests']?.details;
  if (typeof details !== 'object' || details === null || !('items' in details)) {
    throw new LighthouseResultError('The Lighthouse result has no network-requests table');
  }
  const items: unknown = details.items;
  if (!Array.isArray(items)) {
    throw new LighthouseResultError('The network-requests audit has no list of requests');
  }
  return items.flatMap((item: unknown) =>
    typeof item === 'object' && item !== null && 'url' in item && typeof item.url === 'string'
      ? [item.url]
      : [],
  );
}

/** Reads scores, metrics, failed audits and any request that left the machine from one run. */
export function readLighthouseRun(
  lhr: LighthouseResultSubset,
  isLocalUrl: (href: string) => boolean,
): LighthouseRun {
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.userAgent,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    scores: {
      performance: categoryScore(lhr, 'performance'),
      accessibility: categoryScore(lhr, 'accessibility'),
      bestPractices: categoryScore(lhr, 'best-practices'),
      seo: categoryScore(lhr, 'seo'),
    },
    metrics: {
      fcpMs: metric(lhr, 'first-contentful-paint'),
      lcpMs: metric(lhr, 'largest-contentful-paint'),
      tbtMs: metric(lhr, 'total-blocking-time'),
      cls: metric(lhr, 'cumulative-layout-shift'),
      speedIndexMs: metric(lhr, 'speed-index'),
      totalBytes: metric(lhr, 'total-byte-weight'),
    },
    failedAudits: failedAudits(lhr),
    outsideRequests: requestedUrls(lhr).filter((url) => !isLocalUrl(url)),
  };
}

export type LighthouseTarget = {
  label: string;
  read: (run: LighthouseRun) => number;
  format: (value: number) => string;
  /** The target in words, such as "≤ 1,500". */
  target: string;
  met: (value: number) => boolean;
};

const score = (value: number) => String(value);
const milliseconds = (value: number) => Math.round(value).toLocaleString('en');

export const LIGHTHOUSE_TARGETS: readonly LighthouseTarget[] = [
  {
    label: 'Performance',
    read: (run) => run.scores.performance,
    format: score,
    target: '100',
    met: (value) => value >= 100,
  },
  {
    label: 'Accessibility',
    read: (run) => run.scores.accessibility,
    format: score,
    target: '100',
    met: (value) => value >= 100,
  },
  {
    label: 'Best practices',
    read: (run) => run.scores.bestPractices,
    format: score,
    target: '100',
    met: (value) => value >= 100,
  },
  {
    label: 'SEO',
    read: (run) => run.scores.seo,
    format: score,
    target: '100',
    met: (value) => value >= 100,
  },
  {
    label: 'LCP (ms)',
    read: (run) => run.metrics.lcpMs,
    format: milliseconds,
    target: '≤ 1,500',
    met: (value) => value <= 1500,
  },
  {
    label: 'TBT (ms)',
    read: (run) => run.metrics.tbtMs,
    format: milliseconds,
    target: '≤ 50',
    met: (value) => value <= 50,
  },
  {
    label: 'CLS',
    read: (run) => run.metrics.cls,
    format: (value) => value.toFixed(3),
    target: '0',
    met: (value) => value === 0,
  },
];
