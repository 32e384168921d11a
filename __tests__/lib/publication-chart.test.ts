import { buildPublicationChart, chartScale } from '@/lib/publication-chart';

const ARCH = { slug: 'computer-architecture', title: 'Computer Architecture' };
const EFFICIENT = { slug: 'efficient-dnn', title: 'Efficient DNN' };
const AREAS = [ARCH, EFFICIENT];

describe('buildPublicationChart', () => {
  it('counts publications per year and area', () => {
    const chart = buildPublicationChart(
      [
        { year: 2023, areaSlugs: [ARCH.slug] },
        { year: 2023, areaSlugs: [EFFICIENT.slug] },
        { year: 2023, areaSlugs: [ARCH.slug] },
        { year: 2024, areaSlugs: [EFFICIENT.slug] },
      ],
      AREAS,
    );
    expect(chart.series.map((series) => series.label)).toEqual([ARCH.title, EFFICIENT.title]);
    expect(chart.years).toEqual([
      { year: 2023, counts: [2, 1], total: 3, href: '/publications?year=2023' },
      { year: 2024, counts: [0, 1], total: 1, href: '/publications?year=2024' },
    ]);
    expect(chart.maxStack).toBe(3);
  });

  it('fills the years between with empty, unlinked years', () => {
    const chart = buildPublicationChart(
      [
        { year: 2014, areaSlugs: [ARCH.slug] },
        { year: 2017, areaSlugs: [ARCH.slug] },
      ],
      AREAS,
    );
    expect(chart.years.map((entry) => entry.year)).toEqual([2014, 2015, 2016, 2017]);
    expect(chart.years[1]).toEqual({ year: 2015, counts: [0, 0], total: 0, href: null });
    expect(chart.years[2]?.href).toBeNull();
  });

  it('links each area to the filtered explorer', () => {
    const chart = buildPublicationChart([{ year: 2020, areaSlugs: [ARCH.slug] }], AREAS);
    expect(chart.series.map((series) => series.href)).toEqual([
      '/publications?area=computer-architecture',
      '/publications?area=efficient-dnn',
    ]);
  });

  it('counts a publication in each of its areas once', () => {
    const chart = buildPublicationChart(
      [{ year: 2022, areaSlugs: [ARCH.slug, EFFICIENT.slug, ARCH.slug] }],
      AREAS,
    );
    expect(chart.years[0]).toMatchObject({ counts: [1, 1], total: 1 });
    expect(chart.maxStack).toBe(2);
  });

  it('adds a series for publications without a known area', () => {
    const chart = buildPublicationChart(
      [
        { year: 2021, areaSlugs: [] },
        { year: 2021, areaSlugs: ['deleted-area'] },
        { year: 2021, areaSlugs: [ARCH.slug] },
      ],
      AREAS,
    );
    expect(chart.series.at(-1)).toEqual({
      slug: null,
      label: 'No research area',
      href: null,
      color: 6,
    });
    expect(chart.years[0]?.counts).toEqual([1, 0, 2]);
  });

  it('shows one area with links that keep its filter', () => {
    const chart = buildPublicationChart(
      [
        { year: 2022, areaSlugs: [ARCH.slug, EFFICIENT.slug] },
        { year: 2023, areaSlugs: [EFFICIENT.slug] },
        { year: 2024, areaSlugs: [ARCH.slug] },
      ],
      AREAS,
      ARCH,
    );
    expect(chart.series).toEqual([
      {
        slug: ARCH.slug,
        label: ARCH.title,
        href: '/publications?area=computer-architecture',
        color: 1,
      },
    ]);
    expect(chart.years).toEqual([
      {
        year: 2022,
        counts: [1],
        total: 1,
        href: '/publications?area=computer-architecture&year=2022',
      },
      { year: 2023, counts: [0], total: 0, href: null },
      {
        year: 2024,
        counts: [1],
        total: 1,
        href: '/publications?area=computer-architecture&year=2024',
      },
    ]);
  });

  it('returns no years without publications', () => {
    const chart = buildPublicationChart([], AREAS);
    expect(chart.years).toEqual([]);
    expect(chart.maxStack).toBe(0);
  });

  it('cycles colors and keeps the last for no area', () => {
    const areas = Array.from({ length: 7 }, (_, index) => ({
      slug: `a${index}`,
      title: `A${index}`,
    }));
    const chart = buildPublicationChart([{ year: 2020, areaSlugs: [] }], areas);
    expect(chart.series.map((series) => series.color)).toEqual([1, 2, 3, 4, 5, 1, 2, 6]);
  });
});

describe('chartScale', () => {
  it.each([
    [0, 1, 1],
    [1, 1, 1],
    [5, 1, 5],
    [6, 2, 6],
    [7, 2, 8],
    [11, 5, 15],
    [26, 10, 30],
    [120, 50, 150],
  ])('scales a maximum of %i with step %i up to %i', (max, step, top) => {
    expect(chartScale(max)).toEqual({ step, top });
  });
});
