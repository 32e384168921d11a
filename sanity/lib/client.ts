import 'server-only';

import { createClient, type SanityClient } from '@sanity/client';

import type { SanityProjectConfig } from './env';

const STEGA_FIELDS = new Set([
  'title',
  'headline',
  'summary',
  'abstract',
  'name',
  'role',
  'affiliation',
  'description',
  'issuer',
  'outlet',
  'text',
]);

/**
 * Creates the client for public pages. The perspective is fixed to `published`: a client with a
 * token and no perspective has served drafts to visitors (sanity-template-nextjs-clean#218).
 */
export function createPublishedClient(
  project: SanityProjectConfig,
  apiHost?: string | undefined,
): SanityClient {
  const host = apiHost?.trim();
  return createClient({
    // SANITY_API_HOST sends queries to another host: a proxy, or a local stand-in in the tests.
    ...(host ? { apiHost: host, useProjectHostname: false } : {}),
    projectId: project.projectId,
    dataset: project.dataset,
    apiVersion: project.apiVersion,
    useCdn: true,
    perspective: 'published',
    // Stega marks strings in draft mode so Visual Editing can link them to their fields. Only
    // text that is displayed as is gets marks: slugs, URLs and list values stay clean.
    stega: {
      enabled: false,
      studioUrl: '/studio',
      filter: ({ sourcePath, filterDefault, ...rest }) =>
        STEGA_FIELDS.has(String(sourcePath.at(-1))) &&
        filterDefault({ sourcePath, filterDefault, ...rest }),
    },
  });
}
