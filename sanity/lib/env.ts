import { ContentConfigError } from './errors';

/**
 * Connection settings for a hosted Sanity project. This module imports only ./errors, which
 * imports nothing, so browser bundles may load it too. It contains no secrets.
 */
export type SanityProjectConfig = {
  projectId: string;
  dataset: string;
  apiVersion: string;
};

/** The API version the queries were written against; see sanity.io/docs/api-versioning. */
export const DEFAULT_API_VERSION = '2025-09-01';

type SanityEnv = {
  NEXT_PUBLIC_SANITY_PROJECT_ID?: string | undefined;
  NEXT_PUBLIC_SANITY_DATASET?: string | undefined;
  NEXT_PUBLIC_SANITY_API_VERSION?: string | undefined;
};

/**
 * Reads the hosted project's settings. Returns null when neither the project ID nor the dataset
 * is set, which selects the bundled dataset. Throws when only one is set or a value is malformed.
 */
export function readSanityProjectConfig(env: SanityEnv): SanityProjectConfig | null {
  const projectId = env.NEXT_PUBLIC_SANITY_PROJECT_ID?.trim() ?? '';
  const dataset = env.NEXT_PUBLIC_SANITY_DATASET?.trim() ?? '';
  const apiVersion = env.NEXT_PUBLIC_SANITY_API_VERSION?.trim() || DEFAULT_API_VERSION;

  if (!projectId && !dataset) {
    return null;
  }

  const missing = [
    projectId ? null : 'NEXT_PUBLIC_SANITY_PROJECT_ID',
    dataset ? null : 'NEXT_PUBLIC_SANITY_DATASET',
  ].filter((name) => name !== null);
  if (missing.length > 0) {
    throw new ContentConfigError(
      `Missing ${missing.join(' and ')}: set both Sanity variables to use a hosted project, or neither to use the bundled dataset.`,
    );
  }

  if (!/^[a-z0-9-]+$/.test(projectId)) {
    throw new ContentConfigError(
      `Invalid NEXT_PUBLIC_SANITY_PROJECT_ID "${projectId}": expected lowercase letters, digits and dashes, as shown in sanity.io/manage.`,
    );
  }
  if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(dataset)) {
    throw new ContentConfigError(
      `Invalid NEXT_PUBLIC_SANITY_DATASET "${dataset}": expected up to 64 lowercase letters, digits, "_" or "-".`,
    );
  }
  if (!/^(\d{4}-\d{2}-\d{2}|1|X)$/.test(apiVersion)) {
    throw new ContentConfigError(
      `Invalid NEXT_PUBLIC_SANITY_API_VERSION "${apiVersion}": expected a date such as ${DEFAULT_API_VERSION}.`,
    );
  }

  return { projectId, dataset, apiVersion };
}

// Each variable is named in full so that Next.js inlines it into browser bundles.
export const sanityProject = readSanityProjectConfig({
  NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
  NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
  NEXT_PUBLIC_SANITY_API_VERSION: process.env.NEXT_PUBLIC_SANITY_API_VERSION,
});
