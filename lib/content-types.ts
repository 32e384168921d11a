// View data that pages and components receive: every field is ready to render, and optional
// content is `null` or an empty array, never `undefined`.
import type { ExplorerFilters } from './publication-filters';
import type { PublicationType } from './publication-types';

export type SiteSettings = { title: string | null; description: string | null };

export type AreaLink = { slug: string; title: string };

export type LinkView = { key: string; kind: string; label: string; url: string };

export type BadgeView = { key: string; kind: string; label: string };

export type AuthorView = {
  key: string;
  name: string;
  /** The site owner, by the profile's person or by a matching spelling of the owner's name. */
  isOwner: boolean;
  /** The `_id` of the person document. */
  personId: string | null;
  equalContribution: boolean;
  corresponding: boolean;
  /** Bare ORCID iD such as "0000-0002-1825-0097", only when valid. */
  orcid: string | null;
  homepage: string | null;
};

/** The site owner as author lists recognize it. */
export type OwnerIdentity = {
  /** The `_id` of the profile's person document, when the profile references one. */
  personId: string | null;
  /** The profile's name, the person's name and the person's other spellings. */
  names: string[];
};

export type VenueView = {
  /** The short name when there is one, as readers cite it ("ISCA"), else the full name. */
  label: string;
  fullName: string | null;
};

export type PublicationSummary = {
  id: string;
  slug: string;
  href: string;
  title: string;
  year: number;
  /** ISO date (YYYY-MM-DD) when the exact date is known. */
  date: string | null;
  type: PublicationType | null;
  typeLabel: string | null;
  venue: VenueView | null;
  authors: AuthorView[];
  /** The author list stops before the last author, so views print "et al." after it. */
  authorListTruncated: boolean;
  areas: AreaLink[];
  /** Links that have a URL; link kinds recorded without one are left out. */
  links: LinkView[];
  badges: BadgeView[];
  featured: boolean;
};

export type PostSummary = {
  id: string;
  slug: string;
  title: string;
  date: string | null;
  summary: string | null;
  externalUrl: string | null;
};

export type PublicationDetail = PublicationSummary & {
  abstract: string | null;
  relatedPosts: PostSummary[];
};

export type ResearchArea = {
  id: string;
  slug: string;
  title: string;
  topics: string[];
  description: string | null;
};

export type Honor = { id: string; title: string; issuer: string | null; years: string };

export type MediaMention = {
  id: string;
  headline: string;
  outlet: string | null;
  year: number | null;
  url: string | null;
};

export type PortableTextBlock = {
  _type: string;
  _key: string;
  [field: string]: unknown;
};

export type Profile = {
  name: string;
  role: string | null;
  affiliation: string | null;
  email: string | null;
  shortBio: PortableTextBlock[];
  bio: PortableTextBlock[];
  photo: { url: string; alt: string; width: number; height: number } | null;
  links: LinkView[];
  education: {
    key: string;
    degree: string;
    field: string | null;
    institution: string;
    years: string | null;
  }[];
  appointments: {
    key: string;
    title: string;
    organization: string;
    years: string | null;
    description: string | null;
  }[];
  service: { key: string; role: string; venue: string; years: string | null }[];
  skills: string[];
};

export type FacetOption = { value: string; label: string; count: number; selected: boolean };

export type ExplorerFacets = {
  areas: FacetOption[];
  years: FacetOption[];
  types: FacetOption[];
};

export type YearGroup = { year: number; publications: PublicationSummary[] };

export type ExplorerResult = {
  /** The filters this result is for, so a view can describe what it shows while the next loads. */
  filters: ExplorerFilters;
  total: number;
  groups: YearGroup[];
  facets: ExplorerFacets;
  /** Area slugs in the filters that name no research area; they match nothing. */
  unknownAreas: string[];
};
