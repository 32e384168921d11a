// Turns the runs of the serving benchmark into one ratio per comparison and checks the targets.
// A comparison's ratio is the median over its pairs of subject req/s divided by baseline req/s,
// both measured in the same pair of back-to-back runs.
import type { Endpoint, LoadFigures } from './load-run.ts';

/** The p99 latency target at 50 connections, in milliseconds. */
export const P99_LIMIT_MS = 100;

/** Two endpoints measured in alternating runs, with the same request headers. */
export type Comparison = {
  name: string;
  subject: Endpoint;
  baseline: Endpoint;
  gzip: boolean;
  /** The lowest subject/baseline ratio the target allows, or null when the ratio is only reported. */
  minimumRatio: number | null;
};

export type Run = LoadFigures & {
  comparison: string;
  role: 'subject' | 'baseline';
  endpoint: Endpoint;
  gzip: boolean;
  /** Index of this run's pair within its comparison, from 0. */
  pair: number;
};

export type ComparisonSummary = {
  name: string;
  gzip: boolean;
  subject: string;
  baseline: string;
  /** Subject req/s divided by baseline req/s, one per pair, in pair order. */
  ratios: number[];
  medianRatio: number;
  minimumRatio: number | null;
  /** True when the median ratio reaches `minimumRatio`, and null when there is no target. */
  met: boolean | null;
  subjectMedianRequestsPerSecond: number;
  baselineMedianRequestsPerSecond: number;
  /** Median over the comparison's runs of each side's p99 latency, in milliseconds. */
  subjectMedianP99Ms: number;
  baselineMedianP99Ms: number;
};

export type TargetCheck = { target: string; measured: string; met: boolean };

/** Returns the median of `values`. Throws a RangeError on an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) {
    throw new RangeError('Cannot take the median of no values.');
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function describeEndpoint({ server, path }: Endpoint): string {
  return `${server} ${path}`;
}

/** Summarizes `comparison` from `runs`, which may hold the runs of other comparisons too. */
export function summarizeComparison(
  comparison: Comparison,
  runs: readonly Run[],
): ComparisonSummary {
  const own = runs.filter((run) => run.comparison === comparison.name);
  const pairs = [...new Set(own.map((run) => run.pair))].sort((a, b) => a - b);
  const ratios = pairs.map((pair) => {
    const subject = own.find((run) => run.pair === pair && run.role === 'subject');
    const baseline = own.find((run) => run.pair === pair && run.role === 'baseline');
    if (!subject || !baseline) {
      throw new Error(
        `Comparison "${comparison.name}" pair ${pair} lacks a subject or baseline run.`,
      );
    }
    return subject.requestsPerSecond / baseline.requestsPerSecond;
  });
  const medianRatio = median(ratios);
  const medianOf = (role: Run['role'], figure: 'requestsPerSecond' | 'p99Ms') =>
    median(own.filter((run) => run.role === role).map((run) => run[figure]));

  return {
    name: comparison.name,
    gzip: comparison.gzip,
    subject: describeEndpoint(comparison.subject),
    baseline: describeEndpoint(comparison.baseline),
    ratios,
    medianRatio,
    minimumRatio: comparison.minimumRatio,
    met: comparison.minimumRatio === null ? null : medianRatio >= comparison.minimumRatio,
    subjectMedianRequestsPerSecond: medianOf('subject', 'requestsPerSecond'),
    baselineMedianRequestsPerSecond: medianOf('baseline', 'requestsPerSecond'),
    subjectMedianP99Ms: medianOf('subject', 'p99Ms'),
    baselineMedianP99Ms: medianOf('baseline', 'p99Ms'),
  };
}

/**
 * Checks every ratio target, the p99 limit on every run against Next.js, and that no run against
 * Next.js had a connection error, a time-out or a status outside 200-299. Failures of nginx runs
 * are reported next to the last check but do not fail it, because the targets concern the site.
 */
export function checkTargets(
  summaries: readonly ComparisonSummary[],
  runs: readonly Run[],
): TargetCheck[] {
  const ratioChecks = summaries
    .filter((summary) => summary.minimumRatio !== null)
    .map((summary) => ({
      target: `${summary.name}: median ratio at least ${summary.minimumRatio}`,
      measured: summary.medianRatio.toFixed(3),
      met: summary.met === true,
    }));

  const nextRuns = runs.filter((run) => run.endpoint.server === 'next');
  if (nextRuns.length === 0) {
    throw new RangeError('Cannot check the p99 target without a run against Next.js.');
  }
  const worstP99 = Math.max(...nextRuns.map((run) => run.p99Ms));
  const countFailures = (selected: readonly Run[]) =>
    selected.reduce((total, run) => total + run.errors + run.non2xx, 0);
  const nextFailures = countFailures(nextRuns);
  const nginxFailures = countFailures(runs.filter((run) => run.endpoint.server === 'nginx'));

  return [
    ...ratioChecks,
    {
      target: `p99 at most ${P99_LIMIT_MS} ms on every Next.js run`,
      measured: `${worstP99} ms (worst run)`,
      met: worstP99 <= P99_LIMIT_MS,
    },
    {
      target: 'zero errors and non-2xx responses on every Next.js run',
      measured: `${nextFailures} (nginx runs: ${nginxFailures})`,
      met: nextFailures === 0,
    },
  ];
}
