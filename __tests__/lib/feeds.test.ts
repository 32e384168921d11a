/** @jest-environment node */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

import type { FeedEntry } from '@/lib/content-types';
import { buildAtomFeed, buildRssFeed, type FeedChannel } from '@/lib/feeds';

const SITE = 'https://example.org';
const absoluteUrl = (path: string) => new URL(path, SITE).href;

const HOSTILE_TITLE = 'Caches & <pipelines> ]]> and again ]]> done';
const NON_LATIN_TITLE = 'Ångström 東京 Москва 한국어 Ελληνικά';

const channel: FeedChannel = {
  title: 'Posts · R&D <lab> ]]>',
  description: 'Blog posts by Ångström & 東京.',
  author: 'Ångström Москва',
  pageUrl: `${SITE}/posts`,
  rssUrl: `${SITE}/posts/rss.xml`,
  atomUrl: `${SITE}/posts/atom.xml`,
};

const entries: FeedEntry[] = [
  {
    id: 'post-hostile',
    title: HOSTILE_TITLE,
    path: '/posts/hostile',
    summary: 'Summary with <b>tags</b> & ]]> inside',
    date: '2024-03-05',
    updatedAt: '2024-04-01T10:00:00Z',
    authors: ['Ada Lovelace', 'Алексей Иванов'],
    categories: ['Computer architecture & systems'],
  },
  {
    id: 'post-non-latin',
    title: NON_LATIN_TITLE,
    path: '/posts/non-latin',
    summary: null,
    date: null,
    updatedAt: null,
    authors: [],
    categories: [],
  },
];

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

type XmlNode = Record<string, unknown>;

/** Returns an element's text, whether the parser gave a string or an object with attributes. */
function text(node: unknown): string {
  if (typeof node === 'string') return node;
  return String((node as XmlNode)['#text']);
}

function asArray(node: unknown): XmlNode[] {
  return (Array.isArray(node) ? node : [node]) as XmlNode[];
}

describe('buildRssFeed', () => {
  const xml = buildRssFeed(channel, entries, absoluteUrl);
  const rss = (parser.parse(xml) as { rss: { channel: XmlNode } }).rss.channel;
  const items = asArray(rss.item);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('keeps &, < and ]]> in titles exactly', () => {
    expect(text(items[0]?.title)).toBe(HOSTILE_TITLE);
    expect(text(rss.title)).toBe(channel.title);
  });

  it('escapes descriptions as HTML', () => {
    expect(text(items[0]?.description)).toBe(
      'Summary with &lt;b&gt;tags&lt;/b&gt; &amp; ]]&gt; inside',
    );
  });

  it('keeps non-Latin text exactly', () => {
    expect(text(items[1]?.title)).toBe(NON_LATIN_TITLE);
    expect(text(rss.description)).toBe(channel.description);
  });

  it('links items to their absolute page URLs', () => {
    expect(items.map((item) => text(item.link))).toEqual([
      `${SITE}/posts/hostile`,
      `${SITE}/posts/non-latin`,
    ]);
    expect(items[0]?.guid).toEqual({ '#text': `${SITE}/posts/hostile`, '@isPermaLink': 'true' });
  });

  it('dates only items that have a date', () => {
    expect(text(items[0]?.pubDate)).toBe('Tue, 05 Mar 2024 00:00:00 GMT');
    expect(items[1]).not.toHaveProperty('pubDate');
  });

  it('names authors and categories', () => {
    expect(items[0]?.['dc:creator']).toEqual(['Ada Lovelace', 'Алексей Иванов']);
    expect(text(items[0]?.category)).toBe('Computer architecture & systems');
  });

  it('points to itself and to the HTML page', () => {
    expect(text(rss.link)).toBe(`${SITE}/posts`);
    expect(rss['atom:link']).toMatchObject({ '@href': channel.rssUrl, '@rel': 'self' });
  });
});

describe('buildAtomFeed', () => {
  const xml = buildAtomFeed(channel, entries, absoluteUrl);
  const feed = (parser.parse(xml) as { feed: XmlNode }).feed;
  const atomEntries = asArray(feed.entry);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('keeps &, < and ]]> in plain-text titles exactly', () => {
    expect(atomEntries[0]?.title).toEqual({ '#text': HOSTILE_TITLE, '@type': 'text' });
    expect(text(feed.title)).toBe(channel.title);
    expect(text(atomEntries[0]?.summary)).toBe('Summary with <b>tags</b> & ]]> inside');
  });

  it('keeps non-Latin text exactly', () => {
    expect(text(atomEntries[1]?.title)).toBe(NON_LATIN_TITLE);
    expect(text(asArray(feed.author)[0]?.name)).toBe('Ångström Москва');
  });

  it('identifies entries by their absolute page URLs', () => {
    expect(atomEntries.map((entry) => text(entry.id))).toEqual([
      `${SITE}/posts/hostile`,
      `${SITE}/posts/non-latin`,
    ]);
    expect(asArray(atomEntries[0]?.link)[0]).toMatchObject({
      '@href': `${SITE}/posts/hostile`,
      '@rel': 'alternate',
    });
  });

  it('gives undated entries no updated time', () => {
    expect(text(atomEntries[0]?.updated)).toBe('2024-04-01T10:00:00.000Z');
    expect(text(atomEntries[0]?.published)).toBe('2024-03-05T00:00:00.000Z');
    expect(atomEntries[1]).not.toHaveProperty('updated');
    expect(atomEntries[1]).not.toHaveProperty('published');
  });

  it('takes the feed time from its newest entry', () => {
    expect(text(feed.updated)).toBe('2024-04-01T10:00:00.000Z');
  });

  it('leaves the feed time out when no entry has one', () => {
    const undated = buildAtomFeed(channel, [entries[1] as FeedEntry], absoluteUrl);
    expect((parser.parse(undated) as { feed: XmlNode }).feed).not.toHaveProperty('updated');
  });

  it('uses the publication date when no edit time is known', () => {
    const dated = buildAtomFeed(
      channel,
      [{ ...(entries[1] as FeedEntry), date: '2023-06-17' }],
      absoluteUrl,
    );
    const entry = asArray((parser.parse(dated) as { feed: XmlNode }).feed.entry)[0];
    expect(text(entry?.updated)).toBe('2023-06-17T00:00:00.000Z');
  });
});
