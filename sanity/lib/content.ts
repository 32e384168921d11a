import 'server-only';

import { cache } from 'react';

import type {
  ExplorerResult,
  Honor,
  MediaMention,
  OwnerIdentity,
  PostSummary,
  Profile,
  PublicationChartData,
  PublicationDetail,
  PublicationSummary,
  ResearchArea,
  SiteSettings,
} from '@/lib/content-types';
import { buildCv, type Cv, type CvView } from '@/lib/cv';
import { countFacets, selectMatchingRows } from '@/lib/explorer-facets';
import { describePage, EXPLORER_PAGE_SIZE, pageSlice } from '@/lib/explorer-pagination';
import { formatYearRange, isSafeUrl } from '@/lib/format';
import { buildPublicationChart } from '@/lib/publication-chart';
import { type ExplorerFilters, toMatchPattern } from '@/lib/publication-filters';
import { supersededVersionIds } from '@/lib/version-lineage';
import { countByYear, groupSliceByYear } from '@/lib/year-groups';

import { toOwnerIdentity } from './author-mappers';
import { CACHE_TAGS } from './cache-tags';
import { fetchContent } from './fetch';
import {
  findSlugDuplicates,
  toPostSummary,
  toProfile,
  toPublicationDetail,
  toPublicationSummaries,
  warnSkipped,
} from './mappers';
import {
  explorerFacetRowsQuery,
  explorerPublicationsQuery,
  featuredPublicationsQuery,
  honorsQuery,
  incompletePublicationsQuery,
  latestPublicationsQuery,
  mediaMentionsQuery,
  ownerIdentityQuery,
  postsQuery,
  profileQuery,
  publicationBySlugQuery,
  publicationListQuery,
  publicationSlugOwnersQuery,
  publicationVersionLinksQuery,
  researchAreasQuery,
  siteSettingsQuery,
} from './queries';
import { throwIfTestFailure } from './test-failure';

// The getters pages call. Each tags its result with what it shows; cache-tags.ts maps a changed
// document type to the tags it invalidates.

/** Returns the site title and description; null fields fall back to the profile. */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  const settings = await fetchContent({
    name: 'siteSettingsQuery',
    query: siteSettingsQuery,
    tags: [CACHE_TAGS.siteSettings],
  });
  return {
    title: settings?.title?.trim() || null,
    description: settings?.description?.trim() || null,
  };
});

// Wrapped in `cache` because the layout, the page and its metadata all ask for the profile.
export const getProfile = cache(async (): Promise<Profile | null> => {
  const profile = await fetchContent({
    name: 'profileQuery',
    query: profileQuery,
    tags: [CACHE_TAGS.profile],
  });
  return profile ? toProfile(profile) : null;
});

/**
 * Returns the names and person by which author lists recognize the site owner. Tagged with the
 * publications too, because a person edit changes the owner's other spellings.
 */
export const getOwnerIdentity = cache(async (): Promise<OwnerIdentity> => {
  const owner = await fetchContent({
    name: 'ownerIdentityQuery',
    query: ownerIdentityQuery,
    tags: [CACHE_TAGS.profile, CACHE_TAGS.publications],
  });
  return toOwnerIdentity(owner);
});

export async function getResearchAreas(): Promise<ResearchArea[]> {
  const areas = await fetchContent({
    name: 'researchAreasQuery',
    query: researchAreasQuery,
    tags: [CACHE_TAGS.researchAreas],
  });
  return areas.flatMap(({ slug, ...area }) =>
    area.title && slug
      ? [
          {
            id: area._id,
            slug,
            title: area.title,
            topics: area.topics ?? [],
            description: area.description,
          },
        ]
      : [],
  );
}

/**
 * Runs the explorer's filters: one page of the matching publications grouped by year, the number
 * that match on all pages, and facet counts.
 */
export async function getExplorerResult(filters: ExplorerFilters): Promise<ExplorerResult> {
  // Two rounds of queries, because the list and facet queries take ids from the first round.
  // Each query gives up after its own timeout, so a hanging Content Lake costs two timeouts.
  const [areas, hiddenIds] = await Promise.all([
    getResearchAreas(),
    getHiddenPublicationIds(filters.latestVersions),
  ]);
  const areaIds = areas.filter((area) => filters.areas.includes(area.slug)).map((area) => area.id);
  const search = toMatchPattern(filters.q);
  const tags = [CACHE_TAGS.publications];
  const { start, end } = pageSlice(filters.page, EXPLORER_PAGE_SIZE);

  const [publications, facetRows, owner] = await Promise.all([
    fetchContent({
      name: 'explorerPublicationsQuery',
      query: explorerPublicationsQuery,
      params: {
        filterByArea: filters.areas.length > 0,
        areaIds,
        years: filters.years,
        types: filters.types,
        search,
        hiddenIds,
        start,
        end,
      },
      tags,
    }),
    fetchContent({
      name: 'explorerFacetRowsQuery',
      query: explorerFacetRowsQuery,
      params: { search, hiddenIds },
      tags,
    }),
    getOwnerIdentity(),
  ]);

  const rows = facetRows.flatMap(({ year, type, areaIds }) =>
    year === null ? [] : [{ year, type, areaIds: areaIds ?? [] }],
  );
  // The list query applies the same filters as selectMatchingRows, so these rows are the
  // publications of every page and the total matches the pages.
  // NOTE: a publication whose title is only white space passes `defined(title)` and is counted,
  // but toPublicationSummary drops it, so its page lists one fewer. groq-js 2.0.1 has no trim
  // function with which both queries could leave it out.
  const matching = selectMatchingRows(rows, areas, filters);
  const knownSlugs = new Set(areas.map((area) => area.slug));

  return {
    filters,
    total: matching.length,
    pagination: describePage(filters.page, matching.length, EXPLORER_PAGE_SIZE),
    groups: groupSliceByYear(
      toPublicationSummaries(publications, owner),
      countByYear(matching.map((row) => row.year)),
      start,
    ),
    facets: countFacets(rows, areas, filters),
    unknownAreas: filters.areas.filter((slug) => !knownSlugs.has(slug)),
  };
}

/**
 * Counts publications per year and research area for the chart, over all publications: the
 * explorer's filters do not apply. With `areaSlug`, only that area's publications count; an
 * unknown slug gives an empty chart.
 */
export async function getPublicationChart(areaSlug?: string): Promise<PublicationChartData> {
  const [areas, rows] = await Promise.all([
    getResearchAreas(),
    // The explorer's facet rows without a search text are one row per listable publication.
    fetchContent({
      name: 'explorerFacetRowsQuery',
      query: explorerFacetRowsQuery,
      params: { search: '', hiddenIds: [] },
      tags: [CACHE_TAGS.publications],
    }),
  ]);
  const slugById = new Map(areas.map((area) => [area.id, area.slug]));
  const chartRows = rows.flatMap(({ year, areaIds }) =>
    year === null
      ? []
      : [{ year, areaSlugs: (areaIds ?? []).flatMap((id) => slugById.get(id) ?? []) }],
  );

  if (areaSlug === undefined) {
    return buildPublicationChart(chartRows, areas);
  }
  const scope = areas.find((area) => area.slug === areaSlug);
  return scope ? buildPublicationChart(chartRows, areas, scope) : buildPublicationChart([], []);
}

/**
 * Lists the publications the explorer leaves out: those that share a slug with a publication of
 * a lower `_id`, and with `latestVersions`, earlier or less final versions of another work.
 * Leaving them out in the queries, rather than after, keeps the count equal to the pages.
 */
async function getHiddenPublicationIds(latestVersions: boolean): Promise<string[]> {
  const [sharedSlugIds, supersededIds] = await Promise.all([
    getSharedSlugIds(),
    latestVersions ? getSupersededVersionIds() : [],
  ]);
  return [...new Set([...sharedSlugIds, ...supersededIds])];
}

/**
 * Lists the publications that share their slug with one of a lower `_id`. The slug's page shows
 * that one (publicationBySlugQuery), so the explorer and the area pages list only that one too.
 */
export async function getSharedSlugIds(): Promise<string[]> {
  const publications = await fetchContent({
    name: 'publicationSlugOwnersQuery',
    query: publicationSlugOwnersQuery,
    tags: [CACHE_TAGS.publications],
  });
  return [...findSlugDuplicates(publications)];
}

/**
 * Lists the ids of publications that are an earlier or less final version of another listed
 * publication, for the explorer's one-entry-per-work view.
 */
async function getSupersededVersionIds(): Promise<string[]> {
  const rows = await fetchContent({
    name: 'publicationVersionLinksQuery',
    query: publicationVersionLinksQuery,
    tags: [CACHE_TAGS.publications],
  });
  return supersededVersionIds(
    rows.map((row) => ({
      id: row._id,
      type: row.type,
      year: row.year,
      // A version the explorer cannot list must not hide one it can.
      versions: (row.versions ?? []).flatMap((version) =>
        version?.listable ? [{ id: version._id, type: version.type, year: version.year }] : [],
      ),
    })),
  );
}

/** Returns every listable publication, newest first. */
export async function getPublications(): Promise<PublicationSummary[]> {
  const [publications, owner] = await Promise.all([
    fetchContent({
      name: 'publicationListQuery',
      query: publicationListQuery,
      tags: [CACHE_TAGS.publications],
    }),
    getOwnerIdentity(),
  ]);
  return toPublicationSummaries(publications, owner);
}

/** Returns the publications marked as featured, or the latest ones when none is. */
export async function getFeaturedPublications(limit: number): Promise<PublicationSummary[]> {
  const [featured, owner] = await Promise.all([
    fetchContent({
      name: 'featuredPublicationsQuery',
      query: featuredPublicationsQuery,
      params: { limit },
      tags: [CACHE_TAGS.publications],
    }),
    getOwnerIdentity(),
  ]);
  if (featured.length > 0) {
    return toPublicationSummaries(featured, owner);
  }

  const latest = await fetchContent({
    name: 'latestPublicationsQuery',
    query: latestPublicationsQuery,
    params: { limit },
    tags: [CACHE_TAGS.publications],
  });
  return toPublicationSummaries(latest, owner);
}

/**
 * Lists the slugs of the newest `limit` publications, newest first (by year, then date), for
 * generateStaticParams, which runs outside a request.
 */
export async function getNewestPublicationSlugs(limit: number): Promise<string[]> {
  const [newest] = await Promise.all([
    fetchContent({
      name: 'latestPublicationsQuery',
      query: latestPublicationsQuery,
      params: { limit },
      tags: [CACHE_TAGS.publications],
      perspective: 'published',
    }),
    warnIncompletePublications(),
  ]);
  // A slug shared by two documents gives one page, not two that the build would reject.
  return [...new Set(newest.flatMap(({ slug }) => (slug === null ? [] : [slug])))];
}

/** Logs the publications that the lists and pages leave out, so a build names them. */
async function warnIncompletePublications(): Promise<void> {
  const incompleteIds = await fetchContent({
    name: 'incompletePublicationsQuery',
    query: incompletePublicationsQuery,
    tags: [CACHE_TAGS.publications],
    perspective: 'published',
  });
  for (const id of incompleteIds) {
    warnSkipped(id, 'the publication needs a title, a slug and a year');
  }
}

// Wrapped in `cache` because the page and its metadata both ask for it.
export const getPublication = cache(async (slug: string): Promise<PublicationDetail | null> => {
  throwIfTestFailure(slug);
  const [publication, owner] = await Promise.all([
    fetchContent({
      name: 'publicationBySlugQuery',
      query: publicationBySlugQuery,
      params: { slug },
      tags: [CACHE_TAGS.publications],
    }),
    getOwnerIdentity(),
  ]);
  return publication ? toPublicationDetail(publication, owner) : null;
});

export async function getHonors(): Promise<Honor[]> {
  const honors = await fetchContent({
    name: 'honorsQuery',
    query: honorsQuery,
    tags: [CACHE_TAGS.honors],
  });
  return honors.map((honor) => ({
    id: honor._id,
    title: honor.title,
    issuer: honor.issuer,
    years: formatYearRange(honor.yearStart, honor.yearEnd) ?? String(honor.yearStart),
    yearStart: honor.yearStart,
    yearEnd: honor.yearEnd,
  }));
}

export async function getMediaMentions(): Promise<MediaMention[]> {
  const mentions = await fetchContent({
    name: 'mediaMentionsQuery',
    query: mediaMentionsQuery,
    tags: [CACHE_TAGS.mediaMentions],
  });
  return mentions.map((mention) => ({
    id: mention._id,
    headline: mention.headline,
    outlet: mention.outlet,
    year: mention.year,
    url: mention.url && isSafeUrl(mention.url) ? mention.url : null,
  }));
}

export async function getPosts(limit: number): Promise<PostSummary[]> {
  const posts = await fetchContent({
    name: 'postsQuery',
    query: postsQuery,
    params: { limit },
    tags: [CACHE_TAGS.posts],
  });
  return posts.flatMap((post) => toPostSummary(post) ?? []);
}

/** Most posts a CV lists; more than any researcher's blog is expected to hold. */
const CV_POSTS_LIMIT = 500;

/** Assembles the CV from the same documents as the pages; cached per request for its metadata. */
export const getCv = cache(async (view: CvView): Promise<Cv> => {
  const [profile, researchAreas, publications, honors, media, posts] = await Promise.all([
    getProfile(),
    getResearchAreas(),
    getPublications(),
    getHonors(),
    getMediaMentions(),
    getPosts(CV_POSTS_LIMIT),
  ]);
  return buildCv({ profile, researchAreas, publications, honors, media, posts }, view);
});
