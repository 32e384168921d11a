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
  /** The title for display, with inline TeX math shown as Unicode text where it converts. */
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
  /** The post's page on this site, also for posts that summarize an external article. */
  href: string;
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
  /** Label that distinguishes this version, such as "preprint (arXiv 2023)". */
  label: string;
};

export type PublicationDetail = PublicationSummary & {
  abstract: string | null;
  /** Page range as the editor wrote it, such as "123-135". */
  pages: string | null;
  /** Volume of the journal, proceedings or book series, such as "40". */
  volume: string | null;
  /** Issue of a journal volume, or the number of a technical report. */
  number: string | null;
  publisher: string | null;
  /** Month of publication (1 to 12) when the full date is not known. */
  month: number | null;
  /** BibTeX key from the import or the editor, such as "lovelace2023engines". */
  citationKey: string | null;
  /** The title as stored, with inline TeX math as written (`title` shows it as Unicode). */
  titleTex: string;
  /** The title as written in BibTeX, with the braces that protect capitals. */
  titleBibtex: string | null;
  /** Primary arXiv category of a preprint, such as "cs.LG". */
  arxivPrimaryClass: string | null;
  /** Other versions of the same work, oldest first. */
  versions: PublicationVersionView[];
  relatedPosts: PostSummary[];
};

export type PostDetail = PostSummary & {
  /** The body with every block ready to render; images without an uploaded asset are left out. */
  body: PortableTextBlock[];
  /** Minutes to read the body, or the summary when the body is empty; null when both are. */
  readingMinutes: number | null;
  areas: AreaLink[];
  relatedPublications: PublicationSummary[];
};

export type ResearchArea = {
  id: string;
  slug: string;
  title: string;
  topics: string[];
  description: string | null;
};

export type ResearchAreaOverview = ResearchArea & {
  href: string;
  publicationCount: number;
  postCount: number;
};

export type ResearchAreaDetail = ResearchArea & {
  /** All publications of the area, of which `publicationGroups` may list only the newest. */
  publicationCount: number;
  /** Publications in `publicationGroups`. */
  listedPublicationCount: number;
  publicationGroups: YearGroup[];
  posts: PostSummary[];
};

export type Honor = {
  id: string;
  title: string;
  issuer: string | null;
  /** The year or range as shown ("2016–2018"). */
  years: string;
  yearStart: number;
  yearEnd: number | null;
};

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

/** An image block of rich text, reshaped with its CDN address and its size after cropping. */
export type PortableTextImage = {
  _type: 'image';
  _key: string;
  /** Image address with the crop applied; the renderer adds the width it needs. */
  url: string;
  alt: string;
  width: number;
  height: number;
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

export type YearGroup = {
  year: number;
  publications: PublicationSummary[];
  /**
   * Publications of this year in the whole list. It exceeds `publications.length` when the list
   * is split into pages or capped and this group contains only part of the year.
   */
  yearTotal: number;
  /** Whether publications of this year come before this group, on an earlier page. */
  continued: boolean;
};

/** Position of the page on screen in the explorer's filtered list. */
export type ExplorerPagination = {
  /** The 1-based page shown. It may lie past the last page when a URL requests one. */
  page: number;
  pageSize: number;
  /** Pages the matching publications fill: 0 when none match. */
  pageCount: number;
  /**
   * 1-based positions in the filtered list of the first and last publication on this page, or
   * null when the page contains none.
   */
  range: { first: number; last: number } | null;
};

export type ExplorerResult = {
  /** The filters this result is for, so a view can describe what it shows while the next loads. */
  filters: ExplorerFilters;
  /** Publications that match the filters, on all pages together. */
  total: number;
  pagination: ExplorerPagination;
  /** The publications of the requested page, by year. */
  groups: YearGroup[];
  facets: ExplorerFacets;
  /** Area slugs in the filters that name no research area; they match nothing. */
  unknownAreas: string[];
};

/** One item of an RSS or Atom feed. */
export type FeedEntry = {
  id: string;
  title: string;
  /** Site path of the page the entry links to, such as "/posts/archgym". */
  path: string;
  summary: string | null;
  /** Publication date (YYYY-MM-DD), or null when the document has none. */
  date: string | null;
  /** ISO time of the document's last edit, or null when the dataset does not record it. */
  updatedAt: string | null;
  authors: string[];
  categories: string[];
};

/** A page the sitemap lists, with the time its document last changed when that is known. */
export type SitemapPage = { path: string; updatedAt: string | null };

export type SearchHitKind = 'publication' | 'post' | 'honor';

export type SearchHit = {
  kind: SearchHitKind;
  id: string;
  title: string;
  href: string;
  /** Short facts shown after the type label, such as the year and venue ("2023", "ISCA"). */
  details: string[];
  summary: string | null;
};

export type SearchResults = {
  /** The validated search text the hits are for. */
  q: string;
  /** Hits ranked best first, at most the getter's limit. */
  hits: SearchHit[];
  counts: Record<SearchHitKind, number>;
  /** Whether more documents matched than `hits` holds. */
  truncated: boolean;
};

export type ChartSeries = {
  /** The research-area slug, or null for publications without a research area. */
  slug: string | null;
  label: string;
  /** The explorer filtered to this series, or null when no filter selects it. */
  href: string | null;
  /** Palette position from 1, matching the `--chart-N` colors in globals.css. */
  color: number;
};

export type ChartYear = {
  year: number;
  /** Publications of this year per series, in the order of `PublicationChartData.series`. */
  counts: number[];
  /** Distinct publications of this year; less than the sum of `counts` when one has several areas. */
  total: number;
  /** The explorer filtered to this year, or null for a year without publications. */
  href: string | null;
};

export type PublicationChartData = {
  series: ChartSeries[];
  /** Every year from the first to the last with a publication, oldest first, empty years included. */
  years: ChartYear[];
  /** The tallest stack, the sum of one year's counts. */
  maxStack: number;
};
