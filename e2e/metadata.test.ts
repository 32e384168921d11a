import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { type APIRequestContext, request } from 'playwright-core';

import { baseUrl } from './browser.ts';
import { E2E_SITE_URL } from './environment.ts';

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

const bundledSlugs = (type: string): string[] =>
  readFileSync(
    path.join(import.meta.dirname, '..', 'sanity', 'dataset', 'production.ndjson'),
    'utf8',
  )
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { _type: string; slug?: { current: string } })
    .filter((document) => document._type === type && document.slug)
    .map((document) => document.slug?.current ?? '');

const siteUrl = (pathname: string) => new URL(pathname, E2E_SITE_URL).href;

function asArray(node: unknown): XmlNode[] {
  return (Array.isArray(node) ? node : [node]) as XmlNode[];
}

function text(node: unknown): string {
  return typeof node === 'string' ? node : String((node as XmlNode)['#text']);
}

let api: APIRequestContext;

before(async () => {
  api = await request.newContext({ baseURL: baseUrl() });
});

after(async () => {
  await api.dispose();
});

async function fetchXml(pathname: string, contentType: RegExp): Promise<XmlNode> {
  const response = await api.get(pathname);
  assert.equal(response.status(), 200, `${pathname} answered ${response.status()}`);
  assert.match(response.headers()['content-type'] ?? '', contentType);
  const body = await response.text();
  assert.equal(XMLValidator.validate(body), true, `${pathname} is not well-formed XML`);
  return parser.parse(body) as XmlNode;
}

async function fetchHead(pathname: string): Promise<string> {
  const response = await api.get(pathname);
  assert.equal(response.status(), 200);
  const html = await response.text();
  return html.slice(0, html.indexOf('</head>'));
}

/** Returns the attributes of every `<link>` tag, whatever their order. */
function linkTags(head: string): Record<string, string>[] {
  return [...head.matchAll(/<link ([^>]*)\/?>/g)].map((tag) =>
    Object.fromEntries(
      [...(tag[1] ?? '').matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].map(([, name, value]) => [
        name ?? '',
        value ?? '',
      ]),
    ),
  );
}

/** Normalizes a URL, so that "https://host" and "https://host/" compare equal. */
const normalize = (url: string | null | undefined) => (url ? new URL(url).href : url);

function metaContent(head: string, attribute: 'name' | 'property', key: string): string | null {
  const tag = head.match(new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`));
  return tag?.[1] ?? null;
}

describe('sitemap.xml and robots.txt', () => {
  it('lists every publication, research area and post', async () => {
    const sitemap = await fetchXml('/sitemap.xml', /xml/);
    const urls = asArray((sitemap.urlset as XmlNode).url).map((entry) => text(entry.loc));

    for (const pathname of [
      '/',
      '/publications',
      '/cv',
      '/research',
      '/posts',
      '/honors',
      '/media',
    ]) {
      assert.ok(urls.includes(siteUrl(pathname)), `sitemap lacks ${pathname}`);
    }
    assert.ok(!urls.includes(siteUrl('/search')), 'sitemap lists the unindexed search page');
    for (const slug of bundledSlugs('publication')) {
      assert.ok(
        urls.includes(siteUrl(`/publications/${slug}`)),
        `sitemap lacks publication ${slug}`,
      );
    }
    for (const slug of bundledSlugs('researchArea')) {
      assert.ok(urls.includes(siteUrl(`/research/${slug}`)), `sitemap lacks area ${slug}`);
    }
    for (const slug of bundledSlugs('post')) {
      assert.ok(urls.includes(siteUrl(`/posts/${slug}`)), `sitemap lacks post ${slug}`);
    }
  });

  it('keeps crawlers out of the Studio and the API', async () => {
    const response = await api.get('/robots.txt');
    assert.equal(response.status(), 200);
    const body = await response.text();
    assert.match(body, /^Disallow: \/studio$/m);
    assert.match(body, /^Disallow: \/api\/$/m);
    assert.match(body, new RegExp(`^Sitemap: ${siteUrl('/sitemap.xml')}$`, 'm'));
  });
});

describe('feeds', () => {
  for (const subject of ['posts', 'publications'] as const) {
    it(`serves the ${subject} RSS feed with links to the pages`, async () => {
      const feed = await fetchXml(`/${subject}/rss.xml`, /application\/rss\+xml/);
      const items = asArray(((feed.rss as XmlNode).channel as XmlNode).item);
      const slugs = bundledSlugs(subject === 'posts' ? 'post' : 'publication');

      assert.equal(items.length, Math.min(slugs.length, 50));
      for (const item of items) {
        assert.match(text(item.link), new RegExp(`^${siteUrl(`/${subject}/`)}[^/]+$`));
        // The bundled documents have no dates, and the feed invents none.
        assert.equal(item.pubDate, undefined);
      }
    });

    it(`serves the ${subject} Atom feed`, async () => {
      const feed = (await fetchXml(`/${subject}/atom.xml`, /application\/atom\+xml/))
        .feed as XmlNode;
      const entries = asArray(feed.entry);
      assert.ok(entries.length > 0);
      assert.match(text(entries[0]?.id), new RegExp(`^${siteUrl(`/${subject}/`)}`));
      assert.equal(feed.updated, undefined);
    });
  }
});

describe('page metadata', () => {
  const publicationSlug = bundledSlugs('publication')[0] ?? '';

  const pages = [
    { pathname: '/', canonical: '/' },
    { pathname: '/publications?area=computer-architecture&year=2023', canonical: '/publications' },
    { pathname: `/publications/${publicationSlug}`, canonical: `/publications/${publicationSlug}` },
    { pathname: '/cv?view=short', canonical: '/cv' },
  ];

  for (const { pathname, canonical } of pages) {
    it(`gives ${pathname} a canonical URL and OpenGraph tags`, async () => {
      const head = await fetchHead(pathname);

      const links = linkTags(head);
      const canonicalLinks = links.filter((link) => link.rel === 'canonical');
      assert.equal(canonicalLinks.length, 1);
      assert.equal(normalize(canonicalLinks[0]?.href), siteUrl(canonical));
      assert.equal(normalize(metaContent(head, 'property', 'og:url')), siteUrl(canonical));
      assert.ok(metaContent(head, 'property', 'og:title'), 'og:title is missing');
      assert.ok(metaContent(head, 'property', 'og:site_name'), 'og:site_name is missing');
      assert.equal(metaContent(head, 'name', 'twitter:card'), 'summary_large_image');

      const image = metaContent(head, 'property', 'og:image');
      assert.ok(image?.startsWith(`${E2E_SITE_URL}/`), `og:image is ${image}`);
      assert.equal(metaContent(head, 'name', 'twitter:image'), image);

      const feeds = links
        .filter((link) => link.rel === 'alternate')
        .map((link) => `${link.type} ${link.href}`);
      assert.deepEqual(feeds.toSorted(), [
        `application/atom+xml ${siteUrl('/posts/atom.xml')}`,
        `application/atom+xml ${siteUrl('/publications/atom.xml')}`,
        `application/rss+xml ${siteUrl('/posts/rss.xml')}`,
        `application/rss+xml ${siteUrl('/publications/rss.xml')}`,
      ]);
    });
  }

  it('describes the owner as a schema.org Person on the home page', async () => {
    const response = await api.get('/');
    const html = await response.text();
    const json = html.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)?.[1];
    assert.ok(json, 'no JSON-LD script');
    assert.deepEqual(JSON.parse(json), {
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Amir Yazdanbakhsh',
      url: siteUrl('/'),
      jobTitle: 'Research Scientist',
      affiliation: { '@type': 'Organization', name: 'Google Research' },
    });
  });
});

describe('OpenGraph images', () => {
  for (const pathname of [
    '/',
    '/publications',
    `/publications/${bundledSlugs('publication')[0]}`,
    '/cv',
  ]) {
    it(`renders a PNG for ${pathname}`, async () => {
      const head = await fetchHead(pathname);
      const image = metaContent(head, 'property', 'og:image');
      assert.ok(image, 'og:image is missing');

      // The tag names the public origin; fetch the same path from the test server.
      const { pathname: imagePath, search } = new URL(image.replaceAll('&amp;', '&'));
      const response = await api.get(imagePath + search);
      assert.equal(response.status(), 200);
      assert.equal(response.headers()['content-type'], 'image/png');
      const body = await response.body();
      assert.deepEqual([...body.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    });
  }
});
