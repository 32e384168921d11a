/** @jest-environment node */
import {
  fontPreloadsFromLinkHeader,
  type ResourceRecord,
  weighPage,
} from '../../bench/lib/page-weight-report';

const BASE = 'http://127.0.0.1:4100/publications';

describe('fontPreloadsFromLinkHeader', () => {
  it('keeps font preloads and resolves them against the page', () => {
    expect(
      fontPreloadsFromLinkHeader(
        '</_next/static/media/a.woff2>; rel=preload; as="font"; crossorigin="", </_next/static/chunks/b.css>; rel=preload; as="style"',
        BASE,
      ),
    ).toEqual(['http://127.0.0.1:4100/_next/static/media/a.woff2']);
  });

  it('accepts quoted rel and unquoted as', () => {
    expect(fontPreloadsFromLinkHeader('</c.woff2>; rel="preload"; as=font', BASE)).toEqual([
      'http://127.0.0.1:4100/c.woff2',
    ]);
  });

  it('ignores other relations', () => {
    expect(fontPreloadsFromLinkHeader('</c.woff2>; rel=prefetch; as=font', BASE)).toEqual([]);
  });

  it('returns nothing without a header', () => {
    expect(fontPreloadsFromLinkHeader(undefined, BASE)).toEqual([]);
  });
});

describe('weighPage', () => {
  const resources: ResourceRecord[] = [
    {
      url: BASE,
      type: 'document',
      status: 200,
      transferredBytes: 15_000,
      headerBytes: 1_000,
      decodedBytes: 90_000,
    },
    {
      url: 'http://127.0.0.1:4100/a.js',
      type: 'script',
      status: 200,
      transferredBytes: 60_000,
      headerBytes: 500,
      decodedBytes: 200_000,
      gzipBytes: 59_000,
      studioMarkers: [],
    },
    {
      url: 'http://127.0.0.1:4100/b.js',
      type: 'script',
      status: 200,
      transferredBytes: 5_000,
      headerBytes: 500,
      decodedBytes: 12_000,
      gzipBytes: 4_800,
      studioMarkers: ['data-styled'],
    },
    {
      url: 'http://127.0.0.1:4100/f.woff2',
      type: 'font',
      status: 200,
      transferredBytes: 20_000,
      headerBytes: 400,
      decodedBytes: 19_800,
    },
    {
      url: 'http://127.0.0.1:4100/g.woff2',
      type: 'font',
      status: 200,
      transferredBytes: 30_000,
      headerBytes: 400,
      decodedBytes: 29_800,
    },
  ];
  const weight = weighPage({
    path: '/publications',
    status: 200,
    resources,
    preloadedFontUrls: ['http://127.0.0.1:4100/f.woff2', 'http://127.0.0.1:4100/f.woff2'],
    outsideRequests: [],
  });

  it('adds transferred bytes in all and by type', () => {
    expect(weight.transferredBytes).toBe(130_000);
    expect(weight.transferredBytesByType).toEqual({
      document: 15_000,
      script: 65_000,
      font: 50_000,
    });
  });

  it('adds response header bytes', () => {
    expect(weight.headerBytes).toBe(2_800);
  });

  it('lists every response without its body', () => {
    expect(weight.resources.map((resource) => [resource.type, resource.transferredBytes])).toEqual([
      ['document', 15_000],
      ['script', 60_000],
      ['script', 5_000],
      ['font', 20_000],
      ['font', 30_000],
    ]);
  });

  it('adds script sizes and lists the largest first', () => {
    expect(weight.scripts).toEqual({
      count: 2,
      transferredBytes: 65_000,
      decodedBytes: 212_000,
      gzipBytes: 63_800,
      files: [
        { url: 'http://127.0.0.1:4100/a.js', decodedBytes: 200_000, gzipBytes: 59_000 },
        { url: 'http://127.0.0.1:4100/b.js', decodedBytes: 12_000, gzipBytes: 4_800 },
      ],
    });
  });

  it('counts a font preloaded twice once', () => {
    expect(weight.fonts).toEqual({
      count: 2,
      transferredBytes: 50_000,
      preloadedUrls: ['http://127.0.0.1:4100/f.woff2'],
      preloadedBytes: 20_000,
    });
  });

  it('names the scripts with Studio code', () => {
    expect(weight.studioScripts).toEqual([
      { url: 'http://127.0.0.1:4100/b.js', markers: ['data-styled'] },
    ]);
  });
});
