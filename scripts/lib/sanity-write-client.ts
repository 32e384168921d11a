// The write client of the configured Sanity project, shared by the import scripts.
import { createClient, type SanityClient } from '@sanity/client';

import { readSanityProjectConfig } from '../../sanity/lib/env';

/** Raised when the project variables or the write token are missing. */
export class MissingProjectConfigError extends Error {
  override name = 'MissingProjectConfigError';
}

/**
 * Creates a client that writes to the project named by NEXT_PUBLIC_SANITY_PROJECT_ID and
 * NEXT_PUBLIC_SANITY_DATASET with SANITY_API_WRITE_TOKEN. SANITY_API_HOST points it at another
 * API host, such as a local test server.
 */
export function createProjectClient(): { client: SanityClient; target: string } {
  const project = readSanityProjectConfig({
    NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
    NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
    NEXT_PUBLIC_SANITY_API_VERSION: process.env.NEXT_PUBLIC_SANITY_API_VERSION,
  });
  const token = process.env.SANITY_API_WRITE_TOKEN?.trim();
  if (!project || !token) {
    throw new MissingProjectConfigError(
      'Set NEXT_PUBLIC_SANITY_PROJECT_ID, NEXT_PUBLIC_SANITY_DATASET and SANITY_API_WRITE_TOKEN (an Editor token) in .env.local or the environment.',
    );
  }

  const apiHost = process.env.SANITY_API_HOST?.trim();
  const client = createClient({
    // SANITY_API_HOST points the import at another API host, such as a local test server.
    ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
    projectId: project.projectId,
    dataset: project.dataset,
    apiVersion: project.apiVersion,
    token,
    useCdn: false,
    perspective: 'raw',
  });
  return { client, target: `${project.projectId}/${project.dataset}` };
}
