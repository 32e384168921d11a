// Reshapes post and research-area query results into the view types in lib/content-types.ts.
import type {
  OwnerIdentity,
  PortableTextBlock,
  PostDetail,
  PublicationSummary,
  ResearchAreaDetail,
  ResearchAreaOverview,
} from '@/lib/content-types';
import { warnOnce } from '@/lib/log';
import { bodyReadingMinutes, readingMinutes } from '@/lib/reading-time';
import { researchAreaHref } from '@/lib/routes';
import { countByYear, groupSliceByYear } from '@/lib/year-groups';

import type {
  PostBySlugQueryResult,
  ResearchAreaBySlugQueryResult,
  ResearchAreaOverviewQueryResult,
} from '../types';
import { toPortableTextImage } from './image';
import { toAreaLinks, toPostSummary, toPublicationSummary, warnSkipped } from './mappers';

type PostResult = NonNullable<PostBySlugQueryResult>;
type BodyBlockResult = NonNullable<PostResult['body']>[number];
type PublicationResult = NonNullable<PostResult['relatedPublications']>[number];

export function toPostDetail(post: PostResult, owner: OwnerIdentity): PostDetail | null {
  const summary = toPostSummary(post);
  if (!summary) {
    return null;
  }

  const body = toBody(post._id, post.body);
  return {
    ...summary,
    body,
    // A post without a body shows its summary, so the estimate is for the text on the page.
    readingMinutes:
      body.length > 0 ? bodyReadingMinutes(body) : readingMinutes(summary.summary ?? ''),
    areas: toAreaLinks(post.researchAreas),
    relatedPublications: toRelatedPublications(post.relatedPublications, owner),
  };
}

/**
 * Reshapes a post body for the renderer: image blocks become their CDN address and size, and
 * an image without an uploaded asset is left out with a warning. Other blocks pass unchanged.
 */
export function toBody(
  postId: string,
  blocks: readonly BodyBlockResult[] | null,
): PortableTextBlock[] {
  return (blocks ?? []).flatMap((block): PortableTextBlock[] => {
    if (block._type !== 'image') {
      return [{ ...block }];
    }
    const image = toPortableTextImage(block);
    if (!image) {
      warnOnce(
        `image:${postId}:${block._key}`,
        `[content] Skipped image ${block._key} in ${postId}: it has no uploaded Sanity image asset`,
      );
      return [];
    }
    return [image];
  });
}

// A reference to an unpublished or deleted publication dereferences to null, although TypeGen
// types it as present.
function toRelatedPublications(
  publications: readonly (PublicationResult | null)[] | null,
  owner: OwnerIdentity,
): PublicationSummary[] {
  return (publications ?? []).flatMap((publication) =>
    publication ? (toPublicationSummary(publication, owner) ?? []) : [],
  );
}

export function toResearchAreaOverview(
  area: ResearchAreaOverviewQueryResult[number],
): ResearchAreaOverview | null {
  if (!area.title || !area.slug) {
    warnSkipped(area._id, 'the research area needs a title and a slug');
    return null;
  }
  return {
    id: area._id,
    slug: area.slug,
    href: researchAreaHref(area.slug),
    title: area.title,
    topics: area.topics ?? [],
    description: area.description?.trim() || null,
    publicationCount: area.publicationCount,
    postCount: area.postCount,
  };
}

export function toResearchAreaDetail(
  area: NonNullable<ResearchAreaBySlugQueryResult>,
  owner: OwnerIdentity,
): ResearchAreaDetail | null {
  if (!area.title || !area.slug) {
    warnSkipped(area._id, 'the research area needs a title and a slug');
    return null;
  }
  const publications = area.publications.flatMap(
    (publication) => toPublicationSummary(publication, owner) ?? [],
  );
  // The query lists the newest publications only and gives the year of every one.
  const years = area.publicationYears.filter((year) => year !== null);
  return {
    id: area._id,
    slug: area.slug,
    title: area.title,
    topics: area.topics ?? [],
    description: area.description?.trim() || null,
    publicationCount: years.length,
    listedPublicationCount: publications.length,
    publicationGroups: groupSliceByYear(publications, countByYear(years), 0),
    posts: area.posts.flatMap((post) => toPostSummary(post) ?? []),
  };
}
