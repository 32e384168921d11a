import { displayHost, formatDate } from '@/lib/format';
import { formatCount } from '@/lib/plural';

describe('formatDate', () => {
  it.each([
    ['2024-05-01', '1 May 2024'],
    ['2023-12-31', '31 December 2023'],
    ['2024-01-01', '1 January 2024'],
  ])('formats %s as %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it.each(['2024-13-01', 'May 2024', ''])('returns %j unchanged', (value) => {
    expect(formatDate(value)).toBe(value);
  });
});

describe('displayHost', () => {
  it.each([
    ['https://www.example.org/a/b', 'example.org'],
    ['https://research.google/blog/x', 'research.google'],
    ['not a url', 'not a url'],
  ])('returns the host of %s', (url, expected) => {
    expect(displayHost(url)).toBe(expected);
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0 publications'],
    [1, '1 publication'],
    [12, '12 publications'],
    [10_000, '10,000 publications'],
  ])('formats %i', (count, expected) => {
    expect(formatCount(count, 'publication')).toBe(expected);
  });
});
