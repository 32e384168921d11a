/**
 * Fetches a page as a bot that reads HTML only. For other user agents, Next.js 16 streams the
 * metadata into <body> when generateMetadata resolves after the first bytes are sent, which
 * happened on a loaded machine and made valid pages fail validation. For such a bot it waits and
 * writes the metadata into <head>, the document the validators should see.
 */
export function fetchHtmlAsBot(url: URL | string): Promise<Response> {
  return fetch(url, { headers: { 'user-agent': 'facebookexternalhit/1.1' } });
}
