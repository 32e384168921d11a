import { formatVenue, formatVenueDetails, formatYearRange, isSafeUrl } from '@/lib/format';

describe('formatYearRange', () => {
  it.each([
    [2016, 2018, false, '2016–2018'],
    [2023, null, false, '2023'],
    [2019, null, true, '2019–present'],
    [2020, 2020, false, '2020'],
    [null, 2019, false, 'until 2019'],
    [null, null, false, null],
  ])('formats %p to %p', (start, end, openEnded, expected) => {
    expect(formatYearRange(start, end, openEnded)).toBe(expected);
  });
});

describe('isSafeUrl', () => {
  it.each(['https://example.org/paper.pdf', 'http://example.org', 'mailto:someone@example.org'])(
    'allows %s',
    (url) => expect(isSafeUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>',
    'JAVASCRIPT:alert(1)',
    '/relative',
    'not a url',
  ])('rejects %s', (url) => expect(isSafeUrl(url)).toBe(false));
});

describe('formatVenue', () => {
  it('gives the full name with the short one in parentheses', () => {
    expect(
      formatVenue({ label: 'ISCA', fullName: 'International Symposium on Computer Architecture' }),
    ).toBe('International Symposium on Computer Architecture (ISCA)');
  });

  it('names a venue once when it has only one name', () => {
    expect(formatVenue({ label: 'ISCA', fullName: null })).toBe('ISCA');
    expect(
      formatVenue({
        label: 'International Symposium on Computer Architecture',
        fullName: 'International Symposium on Computer Architecture',
      }),
    ).toBe('International Symposium on Computer Architecture');
  });
});

describe('formatVenueDetails', () => {
  const none = { type: 'journal', publisher: null, volume: null, number: null, pages: null };

  it.each([
    [{ volume: '40', number: '2', pages: '101–117' }, 'vol. 40, no. 2, pp. 101–117'],
    [{ pages: '12-20' }, 'pp. 12–20'],
    [{ pages: '12:1 -- 12:27' }, 'pp. 12:1–12:27'],
    [{ pages: 'e1001' }, 'p. e1001'],
    [{ type: 'report', number: 'TR-7' }, 'no. TR-7'],
    [{ type: 'book', publisher: 'Springer', volume: '3' }, 'Springer, vol. 3'],
    [{ type: 'chapter', publisher: 'Springer', pages: '45–67' }, 'Springer, pp. 45–67'],
    [{ type: 'conference', publisher: 'ACM', pages: '1–9' }, 'pp. 1–9'],
    [{}, null],
  ])('formats %j', (details, expected) => {
    expect(formatVenueDetails({ ...none, ...details })).toBe(expected);
  });
});
