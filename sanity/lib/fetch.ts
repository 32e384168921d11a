import 'server-only';

import type { SanityClient } from '@sanity/client';

import { createPublishedClient } from './client';
import { sanityProject } from './env';
import { ContentQueryError } from './errors';
import { getLocalDataset } from './local-source';

/** Seconds a hosted query result stays cached before Next.js fetches it again. */
const REVALIDATE_SECONDS = 60;

let client: SanityClient | null = null;

type FetchOptions = {
  /** Names the query in errors and logs, e.g. "explorerPublicationsQuery". */
  name: string;
  query: string;
  params?: Record<string, unknown>;
  /** Cache tags: the document types whose changes must refresh this result. */
  tags: readonly string[];
};

/**
 * Runs a query against the hosted Content Lake when a Sanity project is configured, and against
 * the local NDJSON dataset otherwise. Both return published documents only.
 */
export async function fetchContent<Result>({
  name,
  query,
  params = {},
  tags,
}: FetchOptions): Promise<Result> {
  if (sanityProject) {
    client ??= createPublishedClient(sanityProject);
    try {
      return await client.fetch<Result>(query, params, {
        next: { revalidate: REVALIDATE_SECONDS, tags: [...tags] },
      });
    } catch (error) {
      throw new ContentQueryError(name, 'content-lake', { cause: error });
    }
  }

  try {
    const dataset = await getLocalDataset();
    return await dataset.query<Result>(query, params, 'published');
  } catch (error) {
    throw new ContentQueryError(name, 'local-dataset', { cause: error });
  }
}
