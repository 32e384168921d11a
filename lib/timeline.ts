import type { Honor, MediaMention } from './content-types';

export type TimelineEntry = {
  kind: 'honor' | 'media';
  id: string;
  title: string;
  /** The issuer of an honor or the outlet of a media item. */
  source: string | null;
  /** The year range of an honor that spans several years ("2016–2018"), else null. */
  span: string | null;
  url: string | null;
};

export type TimelineYear = {
  /** Null for media items without a year, listed last. */
  year: number | null;
  entries: TimelineEntry[];
};

/**
 * Groups honors and media coverage by year, newest year first. An honor that spans several
 * years sits under its first year, when it was awarded. Within a year honors come before media
 * items, and each kind keeps the order it arrived in.
 */
export function buildTimeline(
  honors: readonly Honor[],
  mentions: readonly MediaMention[],
): TimelineYear[] {
  const byYear = new Map<number | null, TimelineEntry[]>();
  const add = (year: number | null, entry: TimelineEntry) => {
    const entries = byYear.get(year) ?? [];
    entries.push(entry);
    byYear.set(year, entries);
  };

  for (const honor of honors) {
    add(honor.yearStart, {
      kind: 'honor',
      id: honor.id,
      title: honor.title,
      source: honor.issuer,
      span: honor.yearEnd !== null && honor.yearEnd !== honor.yearStart ? honor.years : null,
      url: null,
    });
  }
  for (const mention of mentions) {
    add(mention.year, {
      kind: 'media',
      id: mention.id,
      title: mention.headline,
      source: mention.outlet,
      span: null,
      url: mention.url,
    });
  }

  return [...byYear.entries()]
    .sort(([a], [b]) => compareYearsNewestFirst(a, b))
    .map(([year, entries]) => ({ year, entries }));
}

/** Orders years newest first, with the undated group (null) last. */
function compareYearsNewestFirst(a: number | null, b: number | null): number {
  if (a === null) {
    return b === null ? 0 : 1;
  }
  if (b === null) {
    return -1;
  }
  return b - a;
}
