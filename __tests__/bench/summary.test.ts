/** @jest-environment node */
import { formatTable, kibibytes, summarize } from '../../bench/lib/summary';

describe('summarize', () => {
  it('takes the middle sample of an odd count', () => {
    expect(summarize([2300, 1100, 1900])).toEqual({ min: 1100, median: 1900, max: 2300 });
  });

  it('averages the two middle samples of an even count', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ min: 1, median: 2.5, max: 4 });
  });

  it('summarizes a single sample as itself', () => {
    expect(summarize([7])).toEqual({ min: 7, median: 7, max: 7 });
  });

  it('leaves its input unsorted', () => {
    const samples = [3, 1, 2];
    summarize(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('rejects an empty list', () => {
    expect(() => summarize([])).toThrow(RangeError);
  });
});

describe('formatTable', () => {
  it('pads columns and right-aligns all but the first', () => {
    expect(
      formatTable(
        ['Page', 'KiB'],
        [
          ['/', '9.5'],
          ['/publications', '200.0'],
        ],
      ),
    ).toBe(
      [
        '| Page          |   KiB |',
        '| ------------- | ----: |',
        '| /             |   9.5 |',
        '| /publications | 200.0 |',
      ].join('\n'),
    );
  });
});

describe('kibibytes', () => {
  it('divides by 1,024 and keeps one decimal', () => {
    expect(kibibytes(204_800)).toBe('200.0');
    expect(kibibytes(1_587)).toBe('1.5');
  });
});
