import 'server-only';

import { createClient, type SanityClient } from '@sanity/client';

import type { SanityProjectConfig } from './env';

/**
 * Creates the client for public pages. The perspective is fixed to `published`: a client with a
 * token and no perspective has served drafts to visitors (sanity-template-nextjs-clean#218).
 */
export function createPublishedClient(project: SanityProjectConfig): SanityClient {
  return createClient({
    projectId: project.projectId,
    dataset: project.dataset,
    apiVersion: project.apiVersion,
    useCdn: true,
    perspective: 'published',
  });
}
