// Cache tags name what a query result shows, and `tagsForDocumentType` returns the results a
// changed document can alter. A result that embeds fields of another type (a publication's research-area
// titles, a publication page's related posts) is refreshed when either type changes.

export const CACHE_TAGS = {
  profile: 'profile',
  siteSettings: 'site-settings',
  researchAreas: 'research-areas',
  publications: 'publications',
  honors: 'honors',
  mediaMentions: 'media-mentions',
  posts: 'posts',
} as const;

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS];

export const ALL_CACHE_TAGS: readonly CacheTag[] = Object.values(CACHE_TAGS);

const TAGS_BY_DOCUMENT_TYPE: Record<string, readonly CacheTag[]> = {
  profile: [CACHE_TAGS.profile],
  siteSettings: [CACHE_TAGS.siteSettings],
  // Publication lists and pages show area titles and link to area slugs; posts list their areas.
  researchArea: [CACHE_TAGS.researchAreas, CACHE_TAGS.publications, CACHE_TAGS.posts],
  // Posts show their related publications.
  publication: [CACHE_TAGS.publications, CACHE_TAGS.posts],
  // Publication pages list the posts that reference them.
  post: [CACHE_TAGS.posts, CACHE_TAGS.publications],
  // Author lines show person names, and the profile's person decides whose name is highlighted.
  person: [CACHE_TAGS.publications, CACHE_TAGS.profile],
  honor: [CACHE_TAGS.honors],
  mediaMention: [CACHE_TAGS.mediaMentions],
};

/**
 * Returns the cache tags to invalidate when a document of `documentType` changes. A type the
 * site does not know (one added to the schema later) invalidates every tag, so no page stays stale.
 */
export function tagsForDocumentType(documentType: string): readonly CacheTag[] {
  return Object.hasOwn(TAGS_BY_DOCUMENT_TYPE, documentType)
    ? (TAGS_BY_DOCUMENT_TYPE[documentType] ?? ALL_CACHE_TAGS)
    : ALL_CACHE_TAGS;
}

/** Document types with a mapping, for the test that every schema type has one. */
export const MAPPED_DOCUMENT_TYPES: readonly string[] = Object.keys(TAGS_BY_DOCUMENT_TYPE);
