import 'server-only';

import { cache } from 'react';

import type { ResearchAreaDetail, ResearchAreaOverview } from '@/lib/content-types';

import { CACHE_TAGS } from './cache-tags';
import { getOwnerIdentity, getSharedSlugIds } from './content';
import { fetchContent } from './fetch';
import { toResearchAreaDetail, toResearchAreaOverview } from './post-mappers';
import {
  researchAreaBySlugQuery,
  researchAreaOverviewQuery,
  researchAreaSlugsQuery,
} from './queries';

// Getters for the research-area pages, which show each area's publications and posts.
const AREA_PAGE_TAGS = [CACHE_TAGS.researchAreas, CACHE_TAGS.publications, CACHE_TAGS.posts];

/**
 * Publications an area's page lists, newest first. The page links to the explorer filtered to the
 * area for the rest, so a large area does not make a page of thousands of entries.
 */
export const AREA_PUBLICATION_LIMIT = 50;

/** Returns every research area in site order, with its publication and post counts. */
export async function getResearchAreaOverviews(): Promise<ResearchAreaOverview[]> {
  const areas = await fetchContent({
    name: 'researchAreaOverviewQuery',
    query: researchAreaOverviewQuery,
    tags: AREA_PAGE_TAGS,
  });
  return areas.flatMap((area) => toResearchAreaOverview(area) ?? []);
}

/** Lists research-area slugs for generateStaticParams, which runs outside a request. */
export async function getResearchAreaSlugs(): Promise<string[]> {
  const slugs = await fetchContent({
    name: 'researchAreaSlugsQuery',
    query: researchAreaSlugsQuery,
    tags: [CACHE_TAGS.researchAreas],
    perspective: 'published',
  });
  return slugs.filter((slug) => slug !== null);
}

// Wrapped in `cache` because the page and its metadata both call it.
export const getResearchArea = cache(async (slug: string): Promise<ResearchAreaDetail | null> => {
  const hiddenIds = await getSharedSlugIds();
  const [area, owner] = await Promise.all([
    fetchContent({
      name: 'researchAreaBySlugQuery',
      query: researchAreaBySlugQuery,
      params: { slug, publicationLimit: AREA_PUBLICATION_LIMIT, hiddenIds },
      tags: AREA_PAGE_TAGS,
    }),
    getOwnerIdentity(),
  ]);
  return area ? toResearchAreaDetail(area, owner) : null;
});
