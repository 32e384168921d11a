// Reshapes query results into the view types in lib/content-types.ts, dropping entries that
// cannot be shown (a link without a URL, a reference to a deleted research area).
import type {
  AreaLink,
  LinkView,
  OwnerIdentity,
  PortableTextBlock,
  PostSummary,
  Profile,
  PublicationDetail,
  PublicationSummary,
  PublicationVersionView,
} from '@/lib/content-types';
import { formatYearRange, isSafeUrl } from '@/lib/format';
import { isPublicationType, publicationTypeTitle } from '@/lib/publication-types';
import { postHref } from '@/lib/routes';
import { renderInlineMath } from '@/lib/tex/inline-math';
import { LINK_KINDS, PROFILE_LINK_KINDS } from '@/sanity/schemaTypes/constants';

import type {
  CitablePublicationsQueryResult,
  ExplorerPublicationsQueryResult,
  PostsQueryResult,
  ProfileQueryResult,
  PublicationBySlugQueryResult,
} from '../types';
import { toAuthorViews } from './author-mappers';

type PublicationResult = ExplorerPublicationsQueryResult[number];
type AreaResult = NonNullable<PublicationResult['researchAreas']>[number];
type PostSummaryResult = PostsQueryResult[number];
type LinkResult = { _key: string; kind: string | null; label: string | null; url: string | null };

const linkKindTitles = new Map<string, string>(
  [...LINK_KINDS, ...PROFILE_LINK_KINDS].map((kind) => [kind.value, kind.title]),
);

export function publicationHref(slug: string): string {
  return `/publications/${encodeURIComponent(slug)}`;
}

const warnedDocumentIds = new Set<string>();

/** Logs a skipped document once per server process, so a broken edit is visible but not noisy. */
export function warnSkipped(documentId: string, reason: string): void {
  if (!warnedDocumentIds.has(documentId)) {
    warnedDocumentIds.add(documentId);
    console.warn(`[content] Skipped document ${documentId}: ${reason}`);
  }
}

export function toPublicationSummary(
  publication: PublicationResult,
  owner: OwnerIdentity,
): PublicationSummary | null {
  const title = publication.title?.trim();
  const { slug, year } = publication;
  if (!title || !slug || year === null) {
    warnSkipped(publication._id, 'the publication needs a title, a slug and a year');
    return null;
  }

  const type = publication.type && isPublicationType(publication.type) ? publication.type : null;
  const shortName = publication.venue?.shortName?.trim() || null;
  const fullName = publication.venue?.name?.trim() || null;
  const venueLabel = shortName ?? fullName;

  return {
    id: publication._id,
    slug,
    href: publicationHref(slug),
    title: renderInlineMath(title),
    year,
    date: publication.date,
    type,
    typeLabel: type ? publicationTypeTitle(type) : null,
    venue: venueLabel ? { label: venueLabel, fullName } : null,
    authors: toAuthorViews(publication.authors, owner),
    authorListTruncated: publication.authorListTruncated === true,
    areas: toAreaLinks(publication.researchAreas),
    links: toLinks(publication.links),
    badges: (publication.badges ?? []).flatMap((badge) => {
      const label = badge.label?.trim();
      return label ? [{ key: badge._key, kind: badge.kind ?? 'other', label }] : [];
    }),
    featured: publication.featured === true,
  };
}

/**
 * Keeps the research areas that can be linked. A reference to a deleted area dereferences to
 * null, although TypeGen types it as present.
 */
export function toAreaLinks(areas: readonly (AreaResult | null)[] | null): AreaLink[] {
  return (areas ?? []).flatMap((area) =>
    area?.slug && area.title ? [{ slug: area.slug, title: area.title }] : [],
  );
}

/**
 * Maps a list, keeping one publication per slug. Studio rejects a duplicate slug, but an import
 * through the API does not. The page for a slug shows the publication with the lowest `_id`
 * (publicationBySlugQuery), so the list keeps that one too when the list contains it.
 */
export function toPublicationSummaries(
  publications: readonly PublicationResult[],
  owner: OwnerIdentity,
): PublicationSummary[] {
  const duplicates = findSlugDuplicates(publications);

  return publications.flatMap((publication) => {
    if (duplicates.has(publication._id)) {
      return [];
    }
    return toPublicationSummary(publication, owner) ?? [];
  });
}

/**
 * Finds the publications that share their slug with one of a lower `_id`, which is the one the
 * slug's page shows. Returns their ids, each warned about once.
 */
export function findSlugDuplicates(
  publications: readonly { _id: string; slug: string | null }[],
): Set<string> {
  const canonicalIdBySlug = new Map<string, string>();
  for (const { _id, slug } of publications) {
    const current = slug ? canonicalIdBySlug.get(slug) : undefined;
    if (slug && (current === undefined || _id < current)) {
      canonicalIdBySlug.set(slug, _id);
    }
  }

  const duplicates = new Set<string>();
  for (const { _id, slug } of publications) {
    const canonicalId = slug ? canonicalIdBySlug.get(slug) : undefined;
    if (canonicalId !== undefined && canonicalId !== _id) {
      warnSkipped(_id, `${canonicalId} has the same slug "${slug}"`);
      duplicates.add(_id);
    }
  }
  return duplicates;
}

export function toPublicationDetail(
  publication: NonNullable<PublicationBySlugQueryResult>,
  owner: OwnerIdentity,
): PublicationDetail | null {
  const citable = toCitablePublication(publication, owner);
  if (!citable) {
    return null;
  }
  return {
    ...citable,
    versions: publication.versions.flatMap((version) => toVersionView(version) ?? []),
    relatedPosts: publication.relatedPosts.flatMap((post) => toPostSummary(post) ?? []),
  };
}

/** Adds the fields that citations and the publication page use to a summary. */
export function toCitablePublication(
  publication: CitablePublicationsQueryResult[number],
  owner: OwnerIdentity,
): Omit<PublicationDetail, 'versions' | 'relatedPosts'> | null {
  const summary = toPublicationSummary(publication, owner);
  const titleTex = publication.title?.trim();
  if (!summary || !titleTex) {
    return null;
  }
  const { month } = publication;
  return {
    ...summary,
    abstract: publication.abstract?.trim() || null,
    pages: publication.pages?.trim() || null,
    volume: publication.volume?.trim() || null,
    number: publication.number?.trim() || null,
    publisher: publication.publisher?.trim() || null,
    month: month !== null && Number.isInteger(month) && month >= 1 && month <= 12 ? month : null,
    citationKey: publication.citationKey?.trim() || null,
    titleTex,
    titleBibtex: publication.titleBibtex?.trim() || null,
    arxivPrimaryClass: publication.arxivPrimaryClass?.trim() || null,
  };
}

type VersionResult = NonNullable<PublicationBySlugQueryResult>['versions'][number];

/** Labels a version by its type, venue and year: "preprint (arXiv 2023)". */
export function toVersionView(version: VersionResult): PublicationVersionView | null {
  const title = version.title?.trim();
  if (!title || !version.slug || version.year === null) {
    return null;
  }
  const type = version.type && isPublicationType(version.type) ? version.type : null;
  const venue = version.venue?.shortName?.trim() || version.venue?.name?.trim() || null;
  const place = [venue, version.year].filter(Boolean).join(' ');
  return {
    id: version._id,
    href: publicationHref(version.slug),
    title: renderInlineMath(title),
    label: type ? `${publicationTypeTitle(type).toLowerCase()} (${place})` : place,
  };
}

export function toPostSummary(post: PostSummaryResult): PostSummary | null {
  const title = post.title?.trim();
  if (!title || !post.slug) {
    warnSkipped(post._id, 'the post needs a title and a slug');
    return null;
  }
  return {
    id: post._id,
    slug: post.slug,
    href: postHref(post.slug),
    title,
    date: post.date,
    summary: post.summary?.trim() || null,
    externalUrl: post.externalUrl && isSafeUrl(post.externalUrl) ? post.externalUrl : null,
  };
}

export function toProfile(profile: NonNullable<ProfileQueryResult>): Profile | null {
  const name = profile.name?.trim();
  if (!name) {
    return null;
  }

  const photoUrl = profile.photo?.url;
  return {
    name,
    role: profile.role?.trim() || null,
    affiliation: profile.affiliation?.trim() || null,
    email: profile.email?.trim() || null,
    shortBio: toBlocks(profile.shortBio),
    bio: toBlocks(profile.bio),
    photo:
      photoUrl && profile.photo?.width && profile.photo.height
        ? {
            url: photoUrl,
            alt: profile.photo.alt ?? '',
            width: profile.photo.width,
            height: profile.photo.height,
          }
        : null,
    links: toLinks(profile.links),
    education: (profile.education ?? []).flatMap((entry) =>
      entry.degree && entry.institution
        ? [
            {
              key: entry._key,
              degree: entry.degree,
              field: entry.field,
              institution: entry.institution,
              years: formatYearRange(entry.startYear, entry.endYear),
            },
          ]
        : [],
    ),
    appointments: (profile.appointments ?? []).flatMap((entry) =>
      entry.title && entry.organization
        ? [
            {
              key: entry._key,
              title: entry.title,
              organization: entry.organization,
              years: formatYearRange(entry.startYear, entry.endYear, true),
              description: entry.description,
            },
          ]
        : [],
    ),
    service: (profile.service ?? []).flatMap((entry) =>
      entry.role && entry.venue
        ? [
            {
              key: entry._key,
              role: entry.role,
              venue: entry.venue,
              years: formatYearRange(entry.startYear, entry.endYear),
            },
          ]
        : [],
    ),
    skills: (profile.skills ?? []).map((skill) => skill.trim()).filter((skill) => skill !== ''),
  };
}

function toLinks(links: readonly LinkResult[] | null): LinkView[] {
  return (links ?? []).flatMap((link) => {
    if (!link.url || !isSafeUrl(link.url)) {
      return [];
    }
    const kind = link.kind ?? 'other';
    const label = link.label?.trim() || linkKindTitles.get(kind) || 'Link';
    return [{ key: link._key, kind, label, url: link.url }];
  });
}

function toBlocks(blocks: readonly { _type: string; _key: string }[] | null): PortableTextBlock[] {
  return (blocks ?? []).map((block) => ({ ...block }));
}
