import { type AtomFeed, generateAtomFeed, generateRssFeed, type RssFeed } from 'feedsmith';

import type { FeedEntry } from './content-types';

// Feeds are built with feedsmith, which escapes every `]]>` in CDATA sections. (The `feed`
// package, through xml-js 1.6.11, escapes only the first one and corrupts such a title.)
// feedsmith pretty-prints, so text that needs CDATA carries surrounding white space, which feed
// readers trim.

/** A feed's title and description, with the absolute URLs of the feed and its HTML page. */
export type FeedChannel = {
  title: string;
  description: string;
  /** The site owner, named as the feed's author, or null to leave the author out. */
  author: string | null;
  /** The HTML page the feed mirrors, such as https://example.org/posts. */
  pageUrl: string;
  rssUrl: string;
  atomUrl: string;
};

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/**
 * Parses a YYYY-MM-DD date as midnight UTC, or returns null for anything else. Sanity's date
 * fields store this form. The time of day is unknown, so midnight UTC stands for the whole day.
 */
function parseDay(day: string | null): Date | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    return null;
  }
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function parseTime(time: string | null): Date | null {
  if (!time) {
    return null;
  }
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Returns when an entry last changed: the time of its last edit when the dataset records one,
 * else its publication date. Null when neither is known.
 */
function entryUpdated(entry: FeedEntry): Date | null {
  return parseTime(entry.updatedAt) ?? parseDay(entry.date);
}

/**
 * Escapes plain text for RSS `description`. RSS 2.0 allows entity-encoded HTML there, so
 * readers render it as HTML and a summary such as "a <b> c" would otherwise lose its "<b>".
 */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function latest(dates: readonly (Date | null)[]): Date | null {
  return dates.reduce<Date | null>(
    (newest, date) => (date && (!newest || date > newest) ? date : newest),
    null,
  );
}

/**
 * Builds an RSS 2.0 feed, with plain-text titles and HTML-escaped descriptions. Bundled
 * documents have no dates, and an item without one has no `pubDate`, which RSS 2.0 allows:
 * readers then show it undated or at the time they first saw it. `lastBuildDate` is the newest
 * known edit and is left out when none is known.
 */
export function buildRssFeed(
  channel: FeedChannel,
  entries: readonly FeedEntry[],
  absoluteUrl: (path: string) => string,
): string {
  const items: RssFeed.Item<Date>[] = entries.map((entry) => {
    const link = absoluteUrl(entry.path);
    return {
      title: entry.title,
      link,
      guid: { value: link, isPermaLink: true },
      description: entry.summary ? escapeHtml(entry.summary) : undefined,
      pubDate: parseDay(entry.date) ?? undefined,
      categories: entry.categories.map((name) => ({ name })),
      dc: entry.authors.length > 0 ? { creators: entry.authors } : undefined,
    };
  });

  return generateRssFeed({
    title: channel.title,
    link: channel.pageUrl,
    description: channel.description,
    language: 'en',
    lastBuildDate: latest(entries.map((entry) => parseTime(entry.updatedAt))) ?? undefined,
    atom: { links: [{ href: channel.rssUrl, rel: 'self', type: 'application/rss+xml' }] },
    items,
  });
}

/**
 * Builds an Atom feed (RFC 4287). RFC 4287 requires `updated` on the feed and on each entry.
 * An entry's `updated` is the time of its last edit, else its publication date. An entry that
 * has neither (every bundled document) gets no `updated` rather than an invented time, so that
 * entry is not strictly valid Atom. Readers accept it and order such entries by position. The
 * feed's `updated` is the newest entry time and is likewise left out when none is known.
 */
export function buildAtomFeed(
  channel: FeedChannel,
  entries: readonly FeedEntry[],
  absoluteUrl: (path: string) => string,
): string {
  const atomEntries: AtomFeed.Entry<Date>[] = entries.map((entry) => {
    const link = absoluteUrl(entry.path);
    return {
      id: link,
      title: { value: entry.title, type: 'text' },
      links: [{ href: link, rel: 'alternate', type: 'text/html' }],
      summary: entry.summary ? { value: entry.summary, type: 'text' } : undefined,
      updated: entryUpdated(entry) ?? undefined,
      published: parseDay(entry.date) ?? undefined,
      authors: entry.authors.map((name) => ({ name })),
      categories: entry.categories.map((term) => ({ term })),
    };
  });

  return generateAtomFeed({
    id: channel.atomUrl,
    title: { value: channel.title, type: 'text' },
    subtitle: { value: channel.description, type: 'text' },
    authors: channel.author ? [{ name: channel.author }] : undefined,
    updated: latest(entries.map(entryUpdated)) ?? undefined,
    links: [
      { href: channel.atomUrl, rel: 'self', type: 'application/atom+xml' },
      { href: channel.pageUrl, rel: 'alternate', type: 'text/html' },
    ],
    entries: atomEntries,
  });
}
