/** @jest-environment node */
import type { LoadFigures } from '../../bench/lib/load-run';
import {
  checkTargets,
  type Comparison,
  median,
  type Run,
  summarizeComparison,
} from '../../bench/lib/serve-summary';

const HOME_VS_NGINX: Comparison = {
  name: 'home vs nginx, identity',
  subject: { server: 'next', path: '/' },
  baseline: { server: 'nginx', path: '/' },
  gzip: false,
  minimumRatio: 0.25,
};

const QUIET: LoadFigures = {
  requestsPerSecond: 0,
  requests: 0,
  p50Ms: 10,
  p99Ms: 40,
  maxMs: 60,
  errors: 0,
  timeouts: 0,
  non2xx: 0,
  bytesPerSecond: 0,
};

function makeRun(
  comparison: Comparison,
  role: Run['role'],
  pair: number,
  figures: Partial<LoadFigures>,
): Run {
  return {
    ...QUIET,
    ...figures,
    comparison: comparison.name,
    role,
    endpoint: comparison[role],
    gzip: comparison.gzip,
    pair,
  };
}

/** Three pairs with ratios 0.2, 0.3 and 0.25, in pair order. */
const THREE_PAIRS: Run[] = [
  makeRun(HOME_VS_NGINX, 'subject', 0, { requestsPerSecond: 200 }),
  makeRun(HOME_VS_NGINX, 'baseline', 0, { requestsPerSecond: 1000 }),
  makeRun(HOME_VS_NGINX, 'baseline', 1, { requestsPerSecond: 1000 }),
  makeRun(HOME_VS_NGINX, 'subject', 1, { requestsPerSecond: 300 }),
  makeRun(HOME_VS_NGINX, 'subject', 2, { requestsPerSecond: 500 }),
  makeRun(HOME_VS_NGINX, 'baseline', 2, { requestsPerSecond: 2000 }),
];

describe('median', () => {
  test('odd count takes the middle value', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  test('even count averages the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('empty list throws', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('summarizeComparison', () => {
  test('ratio per pair and their median', () => {
    const summary = summarizeComparison(HOME_VS_NGINX, THREE_PAIRS);

    expect(summary.ratios).toEqual([0.2, 0.3, 0.25]);
    expect(summary.medianRatio).toBe(0.25);
    expect(summary.met).toBe(true);
    expect(summary.subjectMedianRequestsPerSecond).toBe(300);
    expect(summary.baselineMedianRequestsPerSecond).toBe(1000);
    expect(summary.subjectMedianP99Ms).toBe(40);
  });

  test('median p99 per side', () => {
    const p99BySubjectPair = [90, 30, 50];
    const runs = THREE_PAIRS.map((run) =>
      run.role === 'subject' ? { ...run, p99Ms: p99BySubjectPair[run.pair] ?? 0 } : run,
    );

    const summary = summarizeComparison(HOME_VS_NGINX, runs);

    expect(summary.subjectMedianP99Ms).toBe(50);
    expect(summary.baselineMedianP99Ms).toBe(40);
  });

  test('median below the minimum is not met', () => {
    const runs = THREE_PAIRS.map((run) =>
      run.pair === 2 && run.role === 'subject' ? { ...run, requestsPerSecond: 100 } : run,
    );

    const summary = summarizeComparison(HOME_VS_NGINX, runs);

    expect(summary.medianRatio).toBe(0.2);
    expect(summary.met).toBe(false);
  });

  test('comparison without a target reports null', () => {
    const reportOnly = { ...HOME_VS_NGINX, minimumRatio: null };

    expect(summarizeComparison(reportOnly, THREE_PAIRS).met).toBeNull();
  });

  test('runs of other comparisons are ignored', () => {
    const other = { ...HOME_VS_NGINX, name: 'other' };
    const runs = [...THREE_PAIRS, makeRun(other, 'subject', 0, { requestsPerSecond: 1 })];

    expect(summarizeComparison(HOME_VS_NGINX, runs).ratios).toEqual([0.2, 0.3, 0.25]);
  });

  test('pair without its baseline throws', () => {
    const runs = THREE_PAIRS.filter((run) => !(run.pair === 1 && run.role === 'baseline'));

    expect(() => summarizeComparison(HOME_VS_NGINX, runs)).toThrow(
      'Comparison "home vs nginx, identity" pair 1 lacks a subject or baseline run.',
    );
  });
});

describe('checkTargets', () => {
  test('all targets met', () => {
    const checks = checkTargets([summarizeComparison(HOME_VS_NGINX, THREE_PAIRS)], THREE_PAIRS);

    expect(checks).toEqual([
      {
        target: 'home vs nginx, identity: median ratio at least 0.25',
        measured: '0.250',
        met: true,
      },
      {
        target: 'p99 at most 100 ms on every Next.js run',
        measured: '40 ms (worst run)',
        met: true,
      },
      {
        target: 'zero errors and non-2xx responses on every Next.js run',
        measured: '0 (nginx runs: 0)',
        met: true,
      },
    ]);
  });

  test('p99 counts Next.js runs only', () => {
    const runs = THREE_PAIRS.map((run) => (run.role === 'baseline' ? { ...run, p99Ms: 500 } : run));

    const p99 = checkTargets([], runs).find((check) => check.target.startsWith('p99'));

    expect(p99).toEqual({
      target: 'p99 at most 100 ms on every Next.js run',
      measured: '40 ms (worst run)',
      met: true,
    });
  });

  test('slow Next.js run fails p99', () => {
    const runs = THREE_PAIRS.map((run) =>
      run.pair === 1 && run.role === 'subject' ? { ...run, p99Ms: 101 } : run,
    );

    const p99 = checkTargets([], runs).find((check) => check.target.startsWith('p99'));

    expect(p99?.measured).toBe('101 ms (worst run)');
    expect(p99?.met).toBe(false);
  });

  test('Next.js errors and non-2xx responses fail', () => {
    const runs = THREE_PAIRS.map((run) => {
      if (run.pair === 0 && run.role === 'subject') return { ...run, errors: 2 };
      if (run.pair === 2 && run.role === 'subject') return { ...run, non2xx: 3 };
      return run;
    });

    const errors = checkTargets([], runs).find((check) => check.target.startsWith('zero'));

    expect(errors?.measured).toBe('5 (nginx runs: 0)');
    expect(errors?.met).toBe(false);
  });

  test('nginx errors are reported only', () => {
    const runs = THREE_PAIRS.map((run) =>
      run.pair === 1 && run.role === 'baseline' ? { ...run, errors: 4 } : run,
    );

    const errors = checkTargets([], runs).find((check) => check.target.startsWith('zero'));

    expect(errors?.measured).toBe('0 (nginx runs: 4)');
    expect(errors?.met).toBe(true);
  });
});
