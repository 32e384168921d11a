import 'server-only';

import type { CitablePublication } from '@/lib/citation/csl';
import type { PublicationDetail } from '@/lib/content-types';

import { CACHE_TAGS } from './cache-tags';
import { getOwnerIdentity } from './content';
import { fetchContent } from './fetch';
import { toCitablePublication, toPublicationDetail } from './mappers';
import { citablePublicationsQuery, publicationBySlugQuery } from './queries';

// Getters for the BibTeX downloads. They read published documents even in draft mode, because a
// downloaded file leaves the preview and may be shared.

/** Returns every listable publication with its citation fields, newest first. */
export async function getCitablePublications(): Promise<CitablePublication[]> {
  const [publications, owner] = await Promise.all([
    fetchContent({
      name: 'citablePublicationsQuery',
      query: citablePublicationsQuery,
      tags: [CACHE_TAGS.publications],
      perspective: 'published',
    }),
    getOwnerIdentity(),
  ]);
  return publications.flatMap((publication) => toCitablePublication(publication, owner) ?? []);
}

/** Returns the published publication with `slug`, or null when there is none. */
export async function getPublishedPublication(slug: string): Promise<PublicationDetail | null> {
  const [publication, owner] = await Promise.all([
    fetchContent({
      name: 'publicationBySlugQuery',
      query: publicationBySlugQuery,
      params: { slug },
      tags: [CACHE_TAGS.publications],
      perspective: 'published',
    }),
    getOwnerIdentity(),
  ]);
  return publication ? toPublicationDetail(publication, owner) : null;
}
