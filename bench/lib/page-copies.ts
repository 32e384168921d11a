// The HTML files nginx serves: copies of prerendered pages as `next start` sends them, checked
// to arrive from nginx with the same bytes, plain and gzip-compressed.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

import { rawGet, type RawResponse } from './raw-get.ts';

export class PageCopyError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'PageCopyError';
  }
}

/** Sizes in bytes of one page as each server sends it. */
export type PageSizes = {
  path: string;
  sha256: string;
  identityBytes: number;
  nextGzipBytes: number;
  nginxGzipBytes: number;
};

/** Returns the file under `htmlRoot` that nginx serves for `urlPath`: `/` is index.html. */
export function copyFileName(htmlRoot: string, urlPath: string): string {
  return urlPath === '/'
    ? path.join(htmlRoot, 'index.html')
    : path.join(htmlRoot, `${urlPath.replace(/^\//, '')}.html`);
}

/**
 * Saves the body of GET `urlPath` from `nextBaseUrl`, sent without Accept-Encoding, under
 * `htmlRoot`. Throws unless the response is a 200 marked `x-nextjs-prerender`, because the
 * comparison with nginx is only fair for a page that Next.js does not render per request.
 */
export async function copyPrerenderedPage(
  nextBaseUrl: string,
  urlPath: string,
  htmlRoot: string,
): Promise<void> {
  const response = await rawGet(`${nextBaseUrl}${urlPath}`);
  if (response.status !== 200) {
    throw new PageCopyError(
      `GET ${urlPath} from next start returned ${response.status}, expected 200.`,
    );
  }
  // Next.js 16.5 sends the header twice, which Node joins into "1, 1".
  const prerendered = String(response.headers['x-nextjs-prerender'] ?? '')
    .split(',')
    .some((value) => value.trim() === '1');
  if (!prerendered) {
    throw new PageCopyError(
      `GET ${urlPath} from next start has no "x-nextjs-prerender: 1" header, so the page is rendered per request; pick a prerendered page.`,
    );
  }

  const file = copyFileName(htmlRoot, urlPath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, response.body);
}

/**
 * Fetches `urlPath` from both servers, plain and with `Accept-Encoding: gzip`, and throws unless
 * all four bodies decode to the saved copy under `htmlRoot` and both gzip responses are
 * compressed. Returns the sizes.
 */
export async function verifyPageCopy(
  nextBaseUrl: string,
  nginxBaseUrl: string,
  urlPath: string,
  htmlRoot: string,
): Promise<PageSizes> {
  const gzip = { 'accept-encoding': 'gzip' };
  const [nextPlain, nginxPlain, nextGzip, nginxGzip] = await Promise.all([
    rawGet(`${nextBaseUrl}${urlPath}`),
    rawGet(`${nginxBaseUrl}${urlPath}`),
    rawGet(`${nextBaseUrl}${urlPath}`, gzip),
    rawGet(`${nginxBaseUrl}${urlPath}`, gzip),
  ]);
  const expected = sha256(readFileSync(copyFileName(htmlRoot, urlPath)));
  const decoded: [string, RawResponse, boolean][] = [
    ['next start', nextPlain, false],
    ['nginx', nginxPlain, false],
    ['next start with gzip', nextGzip, true],
    ['nginx with gzip', nginxGzip, true],
  ];
  for (const [label, response, compressed] of decoded) {
    if (response.status !== 200) {
      throw new PageCopyError(`GET ${urlPath} from ${label} returned ${response.status}.`);
    }
    if (compressed && response.headers['content-encoding'] !== 'gzip') {
      throw new PageCopyError(`GET ${urlPath} from ${label} was not gzip-compressed.`);
    }
    const body = compressed ? gunzipSync(response.body) : response.body;
    if (sha256(body) !== expected) {
      throw new PageCopyError(`GET ${urlPath} from ${label} differs from the saved copy.`);
    }
  }

  return {
    path: urlPath,
    sha256: expected,
    identityBytes: nextPlain.body.length,
    nextGzipBytes: nextGzip.body.length,
    nginxGzipBytes: nginxGzip.body.length,
  };
}

/** Throws unless GET `url` returns 200, with and without gzip, so a load run counts successes. */
export async function assertServes(url: string): Promise<void> {
  const variants: Record<string, string>[] = [{}, { 'accept-encoding': 'gzip' }];
  for (const headers of variants) {
    const { status } = await rawGet(url, headers);
    if (status !== 200) {
      throw new PageCopyError(`GET ${url} returned ${status}, expected 200.`);
    }
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
