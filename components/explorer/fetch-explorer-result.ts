import type { ExplorerResult } from '@/lib/content-types';

/** Raised when the explorer's JSON route returns an error status. */
export class ExplorerRequestError extends Error {
  override name = 'ExplorerRequestError';

  readonly url: string;
  readonly status: number;

  constructor(url: string, status: number, message: string) {
    super(`GET ${url} failed with ${status}: ${message}`);
    this.url = url;
    this.status = status;
  }
}

export const EXPLORER_API_PATH = '/api/publications';

export function explorerApiUrl(query: string): string {
  return query ? `${EXPLORER_API_PATH}?${query}` : EXPLORER_API_PATH;
}

/** Fetches one explorer result from the JSON route; the SWR fetcher. */
export async function fetchExplorerResult(url: string): Promise<ExplorerResult> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const message =
      typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string'
        ? body.error
        : response.statusText;
    throw new ExplorerRequestError(url, response.status, message);
  }
  return (await response.json()) as ExplorerResult;
}
