// Adds up the resources one page load fetched into the figures the page-weight benchmark reports.

/** One response that a page load received. */
export type ResourceRecord = {
  url: string;
  /** Playwright's resource type: document, script, stylesheet, image, font, fetch and so on. */
  type: string;
  status: number;
  /** Response headers and body as they arrived, so a compressed body counts compressed. */
  transferredBytes: number;
  /** The response headers' part of `transferredBytes`. */
  headerBytes: number;
  /** Body size after decompression. */
  decodedBytes: number;
  /** Scripts only: the decoded body compressed with gzip at zlib's default level 6. */
  gzipBytes?: number;
  /** Scripts only: the Studio markers found in the body. */
  studioMarkers?: string[];
};

export type PageWeight = {
  path: string;
  status: number;
  requests: number;
  transferredBytes: number;
  /**
   * The response headers' part of `transferredBytes`. `next start` speaks HTTP/1.1, which sends
   * every header in full. HTTP/2 and HTTP/3 compress repeated headers.
   */
  headerBytes: number;
  transferredBytesByType: Record<string, number>;
  /** Every response, in the order the requests finished. */
  resources: { url: string; type: string; status: number; transferredBytes: number }[];
  scripts: {
    count: number;
    transferredBytes: number;
    decodedBytes: number;
    gzipBytes: number;
    /** Each script, largest gzip size first. */
    files: { url: string; decodedBytes: number; gzipBytes: number }[];
  };
  fonts: {
    count: number;
    transferredBytes: number;
    /** Fonts named by `<link rel="preload" as="font">` or a `Link` header of the document. */
    preloadedUrls: string[];
    preloadedBytes: number;
  };
  /** Scripts that contain Studio code, with the markers found. */
  studioScripts: { url: string; markers: string[] }[];
  /** Requests to anything but this machine. Chromium's host resolver rules make them fail. */
  outsideRequests: string[];
};

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Reads the font preloads from a `Link` header value such as
 * `</a.woff2>; rel=preload; as="font"; crossorigin, </b.css>; rel=preload; as="style"`,
 * and returns their URLs resolved against `base`.
 */
export function fontPreloadsFromLinkHeader(header: string | undefined, base: string): string[] {
  if (!header) return [];

  return header.split(/,(?=\s*<)/).flatMap((link) => {
    const target = /^\s*<([^>]*)>/.exec(link)?.[1];
    const params = link.toLowerCase();
    const isFontPreload = /;\s*rel="?preload"?/.test(params) && /;\s*as="?font"?/.test(params);
    return target !== undefined && isFontPreload ? [new URL(target, base).href] : [];
  });
}

/** Adds up one page load: bytes by resource type, scripts, fonts and any Studio code. */
export function weighPage(input: {
  path: string;
  status: number;
  resources: readonly ResourceRecord[];
  preloadedFontUrls: readonly string[];
  outsideRequests: readonly string[];
}): PageWeight {
  const { resources } = input;
  const byType: Record<string, number> = {};
  for (const resource of resources) {
    byType[resource.type] = (byType[resource.type] ?? 0) + resource.transferredBytes;
  }

  const scripts = resources.filter((resource) => resource.type === 'script');
  const fonts = resources.filter((resource) => resource.type === 'font');
  const preloadedUrls = [...new Set(input.preloadedFontUrls)];
  const preloaded = resources.filter((resource) => preloadedUrls.includes(resource.url));

  return {
    path: input.path,
    status: input.status,
    requests: resources.length,
    transferredBytes: sum(resources.map((resource) => resource.transferredBytes)),
    headerBytes: sum(resources.map((resource) => resource.headerBytes)),
    transferredBytesByType: byType,
    resources: resources.map(({ url, type, status, transferredBytes }) => ({
      url,
      type,
      status,
      transferredBytes,
    })),
    scripts: {
      count: scripts.length,
      transferredBytes: sum(scripts.map((script) => script.transferredBytes)),
      decodedBytes: sum(scripts.map((script) => script.decodedBytes)),
      gzipBytes: sum(scripts.map((script) => script.gzipBytes ?? 0)),
      files: scripts
        .map(({ url, decodedBytes, gzipBytes = 0 }) => ({ url, decodedBytes, gzipBytes }))
        .sort((a, b) => b.gzipBytes - a.gzipBytes),
    },
    fonts: {
      count: fonts.length,
      transferredBytes: sum(fonts.map((font) => font.transferredBytes)),
      preloadedUrls,
      preloadedBytes: sum(preloaded.map((font) => font.transferredBytes)),
    },
    studioScripts: scripts.flatMap((script) =>
      script.studioMarkers && script.studioMarkers.length > 0
        ? [{ url: script.url, markers: script.studioMarkers }]
        : [],
    ),
    outsideRequests: [...input.outsideRequests],
  };
}
