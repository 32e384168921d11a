import {
  describePage,
  EXPLORER_PAGE_SIZE,
  isPastEnd,
  pageLinks,
  pageSlice,
} from '@/lib/explorer-pagination';

describe('pageSlice', () => {
  it.each([
    [1, 50, { start: 0, end: 50 }],
    [2, 50, { start: 50, end: 100 }],
    [200, 50, { start: 9950, end: 10000 }],
    [3, 7, { start: 14, end: 21 }],
  ])('gives page %i of size %i the bounds %j', (page, size, bounds) => {
    expect(pageSlice(page, size)).toEqual(bounds);
  });
});

describe('describePage', () => {
  it('uses a page size of 50', () => {
    expect(EXPLORER_PAGE_SIZE).toBe(50);
  });

  it('describes a full middle page', () => {
    expect(describePage(2, 10_000, 50)).toEqual({
      page: 2,
      pageSize: 50,
      pageCount: 200,
      range: { first: 51, last: 100 },
    });
  });

  it('describes a short last page', () => {
    expect(describePage(3, 120, 50)).toEqual({
      page: 3,
      pageSize: 50,
      pageCount: 3,
      range: { first: 101, last: 120 },
    });
  });

  it('fills exactly one page with as many items as the page size', () => {
    expect(describePage(1, 50, 50)).toMatchObject({ pageCount: 1, range: { first: 1, last: 50 } });
    expect(describePage(2, 51, 50)).toMatchObject({ pageCount: 2, range: { first: 51, last: 51 } });
  });

  it('gives a page past the end no range', () => {
    expect(describePage(4, 120, 50)).toEqual({
      page: 4,
      pageSize: 50,
      pageCount: 3,
      range: null,
    });
  });

  it('gives an empty list no pages', () => {
    expect(describePage(1, 0, 50)).toEqual({ page: 1, pageSize: 50, pageCount: 0, range: null });
  });
});

describe('isPastEnd', () => {
  it('detects a page past the end', () => {
    expect(isPastEnd(describePage(4, 120, 50))).toBe(true);
    expect(isPastEnd(describePage(3, 120, 50))).toBe(false);
    expect(isPastEnd(describePage(1, 0, 50))).toBe(false);
    expect(isPastEnd(describePage(2, 0, 50))).toBe(false);
  });
});

describe('pageLinks', () => {
  it.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [1, 5, [1, 2, 'gap', 5]],
    [3, 5, [1, 2, 3, 4, 5]],
    [1, 200, [1, 2, 'gap', 200]],
    [2, 200, [1, 2, 3, 'gap', 200]],
    [4, 200, [1, 2, 3, 4, 5, 'gap', 200]],
    [5, 200, [1, 'gap', 4, 5, 6, 'gap', 200]],
    [100, 200, [1, 'gap', 99, 100, 101, 'gap', 200]],
    [199, 200, [1, 'gap', 198, 199, 200]],
    [200, 200, [1, 'gap', 199, 200]],
  ])('on page %i of %i lists %j', (current, pageCount, links) => {
    expect(pageLinks(current, pageCount)).toEqual(links);
  });

  it('lists no link of its own for a page past the end', () => {
    expect(pageLinks(9, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(50, 10)).toEqual([1, 'gap', 10]);
  });

  it('lists nothing for a list without pages', () => {
    expect(pageLinks(1, 0)).toEqual([]);
  });
});
