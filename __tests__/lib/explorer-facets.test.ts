import { countFacets, type FacetRow, selectMatchingRows } from '@/lib/explorer-facets';
import { EMPTY_FILTERS } from '@/lib/publication-filters';

const areas = [
  { id: 'area-a', slug: 'a', title: 'Area A' },
  { id: 'area-b', slug: 'b', title: 'Area B' },
];

const rows: FacetRow[] = [
  { year: 2024, type: 'conference', areaIds: ['area-a'] },
  { year: 2024, type: 'preprint', areaIds: ['area-a', 'area-b'] },
  { year: 2023, type: 'conference', areaIds: ['area-b'] },
  { year: 2022, type: 'journal', areaIds: [] },
];

const count = (options: { value: string; count: number }[], value: string) =>
  options.find((option) => option.value === value)?.count;

describe('countFacets', () => {
  it('counts everything without filters', () => {
    const facets = countFacets(rows, areas, EMPTY_FILTERS);
    expect(facets.areas.map((option) => option.count)).toEqual([2, 2]);
    expect(facets.years.map((option) => [option.value, option.count])).toEqual([
      ['2024', 2],
      ['2023', 1],
      ['2022', 1],
    ]);
    expect(facets.types.map((option) => [option.value, option.count])).toEqual([
      ['conference', 2],
      ['journal', 1],
      ['preprint', 1],
    ]);
  });

  it('leaves out a facet’s own filter from its counts', () => {
    const facets = countFacets(rows, areas, { ...EMPTY_FILTERS, areas: ['a'], years: [2024] });
    expect(count(facets.areas, 'b')).toBe(1);
    expect(count(facets.areas, 'a')).toBe(2);
    expect(count(facets.years, '2023')).toBe(0);
    expect(count(facets.years, '2024')).toBe(2);
    expect(count(facets.types, 'preprint')).toBe(1);
    expect(facets.areas.map((option) => option.selected)).toEqual([true, false]);
  });

  it('counts a publication once per area even when it lists the area twice', () => {
    const facets = countFacets(
      [{ year: 2024, type: null, areaIds: ['area-a', 'area-a'] }],
      areas,
      EMPTY_FILTERS,
    );
    expect(count(facets.areas, 'a')).toBe(1);
  });

  it('keeps a selected year that no publication has', () => {
    const facets = countFacets(rows, areas, { ...EMPTY_FILTERS, years: [1999] });
    expect(facets.years.find((option) => option.value === '1999')).toEqual({
      value: '1999',
      label: '1999',
      count: 0,
      selected: true,
    });
  });
});

describe('selectMatchingRows', () => {
  it('keeps every row without filters', () => {
    expect(selectMatchingRows(rows, areas, EMPTY_FILTERS)).toEqual(rows);
  });

  it('keeps rows that pass every filter', () => {
    const matching = selectMatchingRows(rows, areas, {
      ...EMPTY_FILTERS,
      areas: ['a'],
      years: [2024],
      types: ['preprint'],
    });
    expect(matching).toEqual([rows[1]]);
  });

  it('counts a row with several selected areas once', () => {
    const matching = selectMatchingRows(rows, areas, { ...EMPTY_FILTERS, areas: ['a', 'b'] });
    expect(matching).toEqual([rows[0], rows[1], rows[2]]);
  });

  it('matches nothing for an area slug that names no area', () => {
    expect(selectMatchingRows(rows, areas, { ...EMPTY_FILTERS, areas: ['unknown'] })).toEqual([]);
  });

  it('keeps a row without a type only when no type is selected', () => {
    const untyped: FacetRow = { year: 2021, type: null, areaIds: [] };
    expect(selectMatchingRows([untyped], areas, EMPTY_FILTERS)).toEqual([untyped]);
    expect(
      selectMatchingRows([untyped], areas, { ...EMPTY_FILTERS, types: ['conference'] }),
    ).toEqual([]);
  });

  it('ignores the page number', () => {
    expect(selectMatchingRows(rows, areas, { ...EMPTY_FILTERS, page: 3 })).toHaveLength(4);
  });
});
