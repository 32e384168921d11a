import type { Honor, MediaMention } from '@/lib/content-types';
import { buildTimeline } from '@/lib/timeline';

function honor(id: string, yearStart: number, yearEnd: number | null = null): Honor {
  return {
    id,
    title: `Honor ${id}`,
    issuer: 'ACM',
    years:
      yearEnd !== null && yearEnd !== yearStart ? `${yearStart}–${yearEnd}` : String(yearStart),
    yearStart,
    yearEnd,
  };
}

function mention(id: string, year: number | null): MediaMention {
  return { id, headline: `Headline ${id}`, outlet: 'WIRED', year, url: null };
}

describe('buildTimeline', () => {
  it('orders years newest first', () => {
    const timeline = buildTimeline([honor('a', 2016), honor('b', 2023)], [mention('m', 2021)]);
    expect(timeline.map((group) => group.year)).toEqual([2023, 2021, 2016]);
  });

  it('puts honors before media items within a year', () => {
    const timeline = buildTimeline([honor('h', 2021)], [mention('m1', 2021), mention('m2', 2021)]);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]?.entries.map((entry) => [entry.kind, entry.id])).toEqual([
      ['honor', 'h'],
      ['media', 'm1'],
      ['media', 'm2'],
    ]);
  });

  it('places a multi-year honor under its first year with its span', () => {
    const [group] = buildTimeline([honor('fellowship', 2016, 2018)], []);
    expect(group?.year).toBe(2016);
    expect(group?.entries[0]).toMatchObject({ span: '2016–2018', source: 'ACM', url: null });
  });

  it('gives a single-year honor no span', () => {
    const [group] = buildTimeline([honor('h', 2018, 2018)], []);
    expect(group?.entries[0]?.span).toBeNull();
  });

  it('lists undated media items last', () => {
    const timeline = buildTimeline(
      [honor('h', 2014)],
      [mention('undated', null), mention('m', 2021)],
    );
    expect(timeline.map((group) => group.year)).toEqual([2021, 2014, null]);
  });

  it('returns no years for no items', () => {
    expect(buildTimeline([], [])).toEqual([]);
  });
});
