// Result shapes of the queries in queries.ts, as the Content Lake returns them: any field an
// editor left empty comes back as null, and a dangling reference dereferences to null.
// TODO: generate these with `sanity typegen generate` once the Studio config exists; until then
// a change to a projection in queries.ts must be mirrored here by hand.

export type PortableTextSpanResult = {
  _type: string;
  _key: string;
  text?: string;
  marks?: string[];
};

export type PortableTextBlockResult = {
  _type: string;
  _key: string;
  style?: string;
  listItem?: string;
  level?: number;
  markDefs?: { _key: string; _type: string; href?: string }[];
  children?: PortableTextSpanResult[];
};

export type LinkResult = {
  _key: string;
  kind: string | null;
  label: string | null;
  url: string | null;
};

export type ProfileQueryResult = {
  name: string | null;
  role: string | null;
  affiliation: string | null;
  email: string | null;
  shortBio: PortableTextBlockResult[] | null;
  bio: PortableTextBlockResult[] | null;
  photo: {
    alt: string | null;
    url: string | null;
    width: number | null;
    height: number | null;
  } | null;
  links: LinkResult[] | null;
  education:
    | {
        _key: string;
        degree: string | null;
        field: string | null;
        institution: string | null;
        startYear: number | null;
        endYear: number | null;
      }[]
    | null;
  appointments:
    | {
        _key: string;
        title: string | null;
        organization: string | null;
        startYear: number | null;
        endYear: number | null;
        description: string | null;
      }[]
    | null;
} | null;

export type ResearchAreaResult = {
  _id: string;
  title: string | null;
  slug: string;
  topics: string[] | null;
  description: string | null;
};

export type ResearchAreasQueryResult = ResearchAreaResult[];

export type PublicationResult = {
  _id: string;
  title: string | null;
  slug: string;
  year: number;
  date: string | null;
  type: string | null;
  venue: { name: string | null; shortName: string | null } | null;
  authors: { _key: string; name: string | null; isOwner: boolean | null }[] | null;
  researchAreas: ({ _id: string; title: string | null; slug: string | null } | null)[] | null;
  links: LinkResult[] | null;
  badges: { _key: string; kind: string | null; label: string | null }[] | null;
  featured: boolean | null;
};

export type ExplorerPublicationsQueryResult = PublicationResult[];

export type ExplorerFacetRowsQueryResult = {
  year: number;
  type: string | null;
  areaIds: string[] | null;
}[];

export type PostSummaryResult = {
  _id: string;
  title: string;
  slug: string;
  date: string | null;
  summary: string | null;
  externalUrl: string | null;
};

export type PublicationBySlugQueryResult =
  | (PublicationResult & { abstract: string | null; relatedPosts: PostSummaryResult[] })
  | null;

export type HonorsQueryResult = {
  _id: string;
  title: string;
  issuer: string | null;
  yearStart: number;
  yearEnd: number | null;
}[];

export type MediaMentionsQueryResult = {
  _id: string;
  headline: string;
  outlet: string | null;
  year: number | null;
  url: string | null;
}[];

export type PostsQueryResult = PostSummaryResult[];
