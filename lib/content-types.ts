// View data that pages and components receive: every field is ready to render, and optional
// content is `null` or an empty array, never `undefined`.
import type { ExplorerFilters } from './publication-filters';
import type { PublicationType } from './publication-types';

export type SiteSettings = { title: string | null; description: string | null };

export type AreaLink = { slug: string; title: string };

export type LinkView = { key: string; kind: string; label: string; url: string };

export type BadgeView = { key: string; kind: string; label: string };

export type AuthorView = { key: string; name: string; isOwner: boolean };

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

/** Another publication of the same work, such as the preprint of a conference paper. */
export type PublicationVersionView = {
  id: string;
  href: string;
  title: string;
  /** What distinguishes this version, such as "preprint (arXiv 2023)" or "conference (ISCA 2024)". */
  label: string;
};

export type PublicationDetail = PublicationSummary & {
  abstract: string | null;
  /** Page range as the editor wrote it, such as "123-135". */
  pages: string | null;
  /** Other versions of the same work, oldest first. */
  versions: PublicationVersionView[];
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
