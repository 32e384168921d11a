import 'server-only';

import type { ClientReturn, SanityClient } from '@sanity/client';
import { draftMode } from 'next/headers';

import { logHandledError } from '@/lib/log';

import type { CacheTag } from './cache-tags';
import { createPublishedClient } from './client';
import { sanityProject } from './env';
import { ContentConfigError, ContentQueryError } from './errors';
import type { Perspective } from './local-dataset';
import { getLocalDataset, localDatasetOverride } from './local-source';
import { type Lookup, LruCache, resultKey } from './lru-cache';
import { readToken } from './token';

/** Seconds a published query result stays cached when no webhook invalidates it sooner. */
const REVALIDATE_SECONDS = 3600;

/**
 * Milliseconds a Content Lake query may take, retries included, before it fails. The client's
 * own default is 300 s, which would hold a visitor's request for five minutes in an outage.
 */
export const CONTENT_LAKE_TIMEOUT_MS = 5000;

/** Last good published results, served during outages: about 200 filter combinations. */
const lastGood = new LruCache(200);

let client: SanityClient | null = null;

type FetchOptions<Query extends string> = {
  /** Names the query in errors and logs, e.g. "explorerPublicationsQuery". */
  name: string;
  /** A query from queries.ts; TypeGen's map from query text to result type gives the return type. */
  query: Query;
  params?: Record<string, unknown>;
  /** Cache tags of the content in the result, so the publish webhook can invalidate it. */
  tags: readonly CacheTag[];
  /**
   * `published` for reads outside a request (generateStaticParams). By default the request's
   * draft mode decides: drafts in draft mode, published documents otherwise.
   */
  perspective?: Perspective;
};

/**
 * Runs a query against the hosted Content Lake when a Sanity project is configured, and against
 * the local NDJSON dataset otherwise or when LOCAL_DATASET_PATH is set. Outside draft mode both
 * sources return published documents only.
 */
export async function fetchContent<const Query extends string>({
  name,
  query,
  params = {},
  tags,
  perspective,
}: FetchOptions<Query>): Promise<ClientReturn<Query, unknown>> {
  type Result = ClientReturn<Query, unknown>;
  const resolvedPerspective = perspective ?? (await requestPerspective());

  if (sanityProject && !localDatasetOverride()) {
    client ??= createPublishedClient(sanityProject, process.env.SANITY_API_HOST);
    const key = resultKey(query, params);
    try {
      const result = await fetchHosted<Result>(client, query, params, tags, resolvedPerspective);
      if (resolvedPerspective === 'published') lastGood.set(key, result);
      return result;
    } catch (error) {
      const failure = new ContentQueryError(name, 'content-lake', { cause: error });
      const fallback: Lookup =
        resolvedPerspective === 'published' ? lastGood.get(key) : { found: false };
      if (!fallback.found) {
        throw failure;
      }
      // Handled here: the page goes on with the last content this server saw.
      logHandledError('content-lake: serving the last good result', failure);
      return fallback.value as Result;
    }
  }

  try {
    const dataset = await getLocalDataset();
    return await dataset.query<Result>(query, params, resolvedPerspective);
  } catch (error) {
    throw new ContentQueryError(name, 'local-dataset', { cause: error });
  }
}

async function requestPerspective(): Promise<Perspective> {
  const { isEnabled } = await draftMode();
  return isEnabled ? 'drafts' : 'published';
}

function fetchHosted<Result>(
  sanity: SanityClient,
  query: string,
  params: Record<string, unknown>,
  tags: readonly CacheTag[],
  perspective: Perspective,
): Promise<Result> {
  if (perspective === 'published') {
    return sanity.fetch<Result>(query, params, {
      perspective: 'published',
      useCdn: true,
      signal: AbortSignal.timeout(CONTENT_LAKE_TIMEOUT_MS),
      next: { revalidate: REVALIDATE_SECONDS, tags: [...tags] },
    });
  }

  if (!readToken) {
    throw new ContentConfigError(
      'Draft mode needs SANITY_API_READ_TOKEN: create a Viewer token in sanity.io/manage and set it.',
    );
  }
  // Drafts change with every keystroke in the Studio, so they are never cached.
  return sanity.fetch<Result>(query, params, {
    perspective: 'drafts',
    token: readToken,
    signal: AbortSignal.timeout(CONTENT_LAKE_TIMEOUT_MS),
    useCdn: false,
    stega: true,
    next: { revalidate: 0 },
  });
}
