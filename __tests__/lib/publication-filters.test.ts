import {
  EMPTY_FILTERS,
  type ExplorerFilters,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  MAX_VALUES_PER_FILTER,
  parseExplorerFilters,
  serializeExplorerFilters,
  toggle,
  toMatchPattern,
  toUrlSearchParams,
} from '@/lib/publication-filters';

function parse(query: string) {
  return parseExplorerFilters(new URLSearchParams(query));
}

/** Parses a query that must be valid and returns its filters. */
function filtersOf(query: string): ExplorerFilters {
  const result = parse(query);
  if (!result.ok) throw new Error(`expected ${query} to parse, got: ${result.error}`);
  return result.filters;
}

/** Parses a query that must be rejected and returns the rejection. */
function rejectionOf(query: string): { param: string; error: string } {
  const result = parse(query);
  if (result.ok) throw new Error(`expected ${query} to be rejected`);
  return { param: result.param, error: result.error };
}

describe('parseExplorerFilters', () => {
  it('reads repeated areas, years and types', () => {
    expect(parse('area=b&area=a&year=2023&year=2024&type=journal&q=sparse')).toEqual({
      ok: true,
      filters: {
        areas: ['b', 'a'],
        years: [2023, 2024],
        types: ['journal'],
        q: 'sparse',
        latestVersions: false,
        page: 1,
      },
    });
  });

  it('ignores parameters it does not use', () => {
    expect(parse('utm_source=mail')).toEqual({
      ok: true,
      filters: { areas: [], years: [], types: [], q: '', latestVersions: false, page: 1 },
    });
  });

  it('drops duplicate values', () => {
    const filters = filtersOf('area=a&area=a&year=2023&year=2023');
    expect(filters.areas).toEqual(['a']);
    expect(filters.years).toEqual([2023]);
  });

  it.each([
    ['area=Computer Architecture', 'area'],
    ['area=a"]|*', 'area'],
    [`area=${'a'.repeat(97)}`, 'area'],
    ['year=20x3', 'year'],
    ['year=1800', 'year'],
    ['year=2023.0', 'year'],
    ['year=', 'year'],
    ['type=thesis', 'type'],
    ['type=conference"', 'type'],
    ['q=a&q=b', 'q'],
    [`q=${'x'.repeat(MAX_QUERY_LENGTH + 1)}`, 'q'],
  ])('rejects %s', (query, param) => {
    expect(rejectionOf(query).param).toBe(param);
  });

  it('rejects more values than allowed', () => {
    const query = Array.from({ length: MAX_VALUES_PER_FILTER + 1 }, (_, i) => `area=a${i}`).join(
      '&',
    );
    expect(parse(query).ok).toBe(false);
  });

  it('removes control characters and extra spaces from the search text', () => {
    expect(filtersOf('q=%00sparse%0A%20%20attention%09').q).toBe('sparse attention');
  });

  it.each(['q=*', 'q=%22', 'q=%F0%9F%98%80', 'q=%FF', 'q=--%20!'])(
    'drops search text without letters or digits: %s',
    (query) => {
      expect(filtersOf(query).q).toBe('');
    },
  );

  it('prints control characters in error messages as replacement characters', () => {
    const { error } = rejectionOf('area=a%0Ab%00c');
    expect(error).toContain('"a\uFFFDb\uFFFDc"');
    expect(error).not.toMatch(/[\u0000-\u001f]/);
  });

  it('reads invalid percent-encoding without throwing', () => {
    expect(parse('q=%E0%A4%A').ok).toBe(true);
  });

  it('reads versions=latest and versions=all', () => {
    expect(filtersOf('versions=latest').latestVersions).toBe(true);
    expect(filtersOf('versions=all').latestVersions).toBe(false);
    expect(filtersOf('').latestVersions).toBe(false);
  });

  it.each([
    ['page=2', 2],
    ['page=%202%20', 2],
    ['page=1', 1],
    ['page=002', 2],
    [`page=${MAX_PAGE}`, MAX_PAGE],
    ['', 1],
  ])('reads %j as page %i', (query, page) => {
    expect(filtersOf(query).page).toBe(page);
  });

  it.each([
    'page=0',
    'page=-1',
    'page=1.5',
    'page=2.0',
    'page=1e3',
    'page=%2B2',
    'page=0x10',
    'page=',
    'page=two',
    'page=%00',
    `page=${MAX_PAGE + 1}`,
    'page=99999999999999999999999',
  ])('rejects %s', (query) => {
    expect(rejectionOf(query)).toEqual({
      param: 'page',
      error: expect.stringMatching(
        /^Invalid page ".*": expected a whole number from 1 to 10000\.$/,
      ),
    });
  });

  it('rejects a repeated page, even with equal values', () => {
    expect(parse('page=2&page=2')).toEqual({
      ok: false,
      param: 'page',
      error: 'The "page" parameter may be given only once.',
    });
  });

  it('names the rejected page in the message', () => {
    expect(rejectionOf('page=0').error).toBe(
      'Invalid page "0": expected a whole number from 1 to 10000.',
    );
  });

  it('rejects an unknown or repeated versions value', () => {
    expect(parse('versions=newest')).toEqual({
      ok: false,
      param: 'versions',
      error: 'Invalid "versions" value "newest": expected "latest" or "all".',
    });
    expect(parse('versions=latest&versions=all')).toMatchObject({ ok: false, param: 'versions' });
  });
});

describe('serializeExplorerFilters', () => {
  it('writes filters in a fixed order', () => {
    const query = serializeExplorerFilters({
      areas: ['b', 'a'],
      years: [2022, 2024],
      types: ['preprint', 'conference'],
      q: 'n:m sparsity',
      latestVersions: true,
      page: 3,
    });
    expect(query).toBe(
      'area=a&area=b&year=2024&year=2022&type=conference&type=preprint&q=n%3Am+sparsity&versions=latest&page=3',
    );
  });

  it('round-trips through parseExplorerFilters', () => {
    const filters = {
      areas: ['a', 'b'],
      years: [2024],
      types: ['talk' as const],
      q: 'x & y',
      latestVersions: true,
      page: 12,
    };
    const parsed = parseExplorerFilters(new URLSearchParams(serializeExplorerFilters(filters)));
    expect(parsed).toEqual({ ok: true, filters });
  });

  it('writes nothing for no filters', () => {
    expect(serializeExplorerFilters(EMPTY_FILTERS)).toBe('');
  });

  it('leaves out page 1, so the first page has one URL', () => {
    expect(serializeExplorerFilters({ ...EMPTY_FILTERS, areas: ['a'], page: 1 })).toBe('area=a');
    expect(serializeExplorerFilters({ ...EMPTY_FILTERS, page: 2 })).toBe('page=2');
  });
});

describe('toMatchPattern', () => {
  it('turns each word into a prefix term', () => {
    expect(toMatchPattern('Spars quant')).toBe('spars* quant*');
  });

  it('drops GROQ syntax and punctuation', () => {
    expect(toMatchPattern('"] | *[_type == "profile"]')).toBe('type* profile*');
    expect(toMatchPattern('*')).toBe('');
  });

  it('keeps letters of any script', () => {
    expect(toMatchPattern('Çağrı 注意力')).toBe('çağrı* 注意力*');
  });
});

describe('toggle', () => {
  it('adds a missing value and removes a present one', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('toUrlSearchParams', () => {
  it('expands arrays into repeated keys', () => {
    const params = toUrlSearchParams({ area: ['a', 'b'], q: 'x', year: undefined });
    expect(params.toString()).toBe('area=a&area=b&q=x');
  });
});
