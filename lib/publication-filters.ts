import { isPublicationType, type PublicationType } from './publication-types';

/**
 * The explorer's filters and page, as carried in
 * `/publications?area=…&year=…&type=…&q=…&versions=latest&page=…`.
 */
export type ExplorerFilters = {
  /** Research-area slugs; a publication matches when it belongs to any of them. */
  areas: string[];
  /** A publication matches when its year is any of these. */
  years: number[];
  /** A publication matches when its type is any of these. */
  types: PublicationType[];
  /** Free text matched against title, venue and abstract; empty for none. */
  q: string;
  /**
   * When true, a work published in several versions (linked through their `versions` field) is
   * listed once, as its most final version: journal, then conference, workshop, preprint.
   */
  latestVersions: boolean;
  /**
   * The 1-based page of the matching publications to show. It is not a filter: it selects which
   * part of the filtered list to show, so every filter change resets it to 1.
   */
  page: number;
};

export type FilterParseResult =
  | { ok: true; filters: ExplorerFilters }
  | { ok: false; error: string; param: string };

export const EMPTY_FILTERS: ExplorerFilters = {
  areas: [],
  years: [],
  types: [],
  q: '',
  latestVersions: false,
  page: 1,
};

/** The value of the `versions` parameter that lists one version per work. */
export const LATEST_VERSIONS = 'latest';

export const MAX_VALUES_PER_FILTER = 20;
export const MAX_QUERY_LENGTH = 200;
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;
/**
 * Highest page number a URL may ask for. At 50 publications per page that is 500,000
 * publications, ten times the largest benchmark dataset. A page past the end of the list up to
 * this number gets a message that links to the last page. A larger number is rejected as
 * invalid, because no link of the site makes one.
 */
export const MAX_PAGE = 10_000;

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 96;
// Control characters, including NUL, carry no meaning in a search and are dropped.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

type SearchParamsRecord = Record<string, string | string[] | undefined>;

/** Converts the `searchParams` object that Next.js gives a page into URLSearchParams. */
export function toUrlSearchParams(record: SearchParamsRecord): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined) {
        params.append(key, item);
      }
    }
  }
  return params;
}

/**
 * Validates the explorer's URL parameters. Areas, years and types may repeat, while `q`,
 * `versions` and `page` may appear once. `versions` takes `latest` or `all` (the default), and
 * `page` a whole number from 1 (the default) to MAX_PAGE.
 * Parameters the explorer does not use (for example `utm_source`) are ignored.
 */
export function parseExplorerFilters(params: URLSearchParams): FilterParseResult {
  const areas = unique(params.getAll('area').map((value) => value.trim()));
  const yearValues = unique(params.getAll('year').map((value) => value.trim()));
  const typeValues = unique(params.getAll('type').map((value) => value.trim()));
  const queries = params.getAll('q');

  for (const [param, values] of [
    ['area', areas],
    ['year', yearValues],
    ['type', typeValues],
  ] as const) {
    if (values.length > MAX_VALUES_PER_FILTER) {
      return invalid(
        param,
        `Too many "${param}" values: at most ${MAX_VALUES_PER_FILTER} are allowed.`,
      );
    }
  }

  const badArea = areas.find((slug) => slug.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(slug));
  if (badArea !== undefined) {
    return invalid(
      'area',
      `Invalid research area "${truncate(badArea)}": expected a slug such as "computer-architecture".`,
    );
  }

  const years: number[] = [];
  for (const value of yearValues) {
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
      return invalid(
        'year',
        `Invalid year "${truncate(value)}": expected a year from ${MIN_YEAR} to ${MAX_YEAR}.`,
      );
    }
    years.push(year);
  }

  const types: PublicationType[] = [];
  for (const value of typeValues) {
    if (!isPublicationType(value)) {
      return invalid('type', `Invalid publication type "${truncate(value)}".`);
    }
    types.push(value);
  }

  if (queries.length > 1) {
    return invalid('q', 'The search text "q" may be given only once.');
  }
  const q = normalizeSearchText(queries[0] ?? '');
  if (q.length > MAX_QUERY_LENGTH) {
    return invalid(
      'q',
      `The search text is too long: at most ${MAX_QUERY_LENGTH} characters are allowed.`,
    );
  }

  const versionValues = params.getAll('versions').map((value) => value.trim());
  if (versionValues.length > 1) {
    return invalid('versions', 'The "versions" parameter may be given only once.');
  }
  const versions = versionValues[0] ?? 'all';
  if (versions !== LATEST_VERSIONS && versions !== 'all') {
    return invalid(
      'versions',
      `Invalid "versions" value "${truncate(versions)}": expected "${LATEST_VERSIONS}" or "all".`,
    );
  }

  const pageValues = params.getAll('page').map((value) => value.trim());
  if (pageValues.length > 1) {
    return invalid('page', 'The "page" parameter may be given only once.');
  }
  const page = pageValues[0] === undefined ? 1 : parsePageNumber(pageValues[0]);
  if (page === null) {
    return invalid(
      'page',
      `Invalid page "${truncate(pageValues[0] ?? '')}": expected a whole number from 1 to ${MAX_PAGE}.`,
    );
  }

  return {
    ok: true,
    filters: { areas, years, types, q, latestVersions: versions === LATEST_VERSIONS, page },
  };
}

/** Reads a page number in decimal digits only, so "1e3", "+2", "2.0" and "0x10" are rejected. */
function parsePageNumber(value: string): number | null {
  if (!/^\d+$/.test(value)) {
    return null;
  }
  const page = Number(value);
  return page >= 1 && page <= MAX_PAGE ? page : null;
}

/**
 * Serializes filters in a fixed order, so equal filters give equal URLs and cache keys. Page 1
 * is written as no `page` parameter, which keeps one URL for the first page.
 */
export function serializeExplorerFilters(filters: ExplorerFilters): string {
  const params = new URLSearchParams();
  for (const area of [...filters.areas].sort()) params.append('area', area);
  for (const year of [...filters.years].sort((a, b) => b - a)) params.append('year', String(year));
  for (const type of [...filters.types].sort()) params.append('type', type);
  if (filters.q) params.append('q', filters.q);
  if (filters.latestVersions) params.append('versions', LATEST_VERSIONS);
  if (filters.page > 1) params.append('page', String(filters.page));
  return params.toString();
}

/** Returns whether any filter narrows the list. The page number is not a filter. */
export function hasActiveFilters(filters: ExplorerFilters): boolean {
  return (
    filters.areas.length > 0 ||
    filters.years.length > 0 ||
    filters.types.length > 0 ||
    filters.q !== '' ||
    filters.latestVersions
  );
}

/** Adds `value` to the list when absent and removes it when present. */
export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
}

/**
 * Turns free text into a GROQ `match` pattern: one prefix term per word, so "spars quant" finds
 * "Sparsity and Quantization". The pattern still reaches the query as a parameter.
 */
export function toMatchPattern(q: string): string {
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  return words.map((word) => `${word}*`).join(' ');
}

/**
 * Normalizes search text as the URL carries it: control characters and repeated spaces become
 * one space, and text without a letter or digit (such as `*` or an emoji) becomes empty, because
 * it matches nothing in particular.
 */
export function normalizeSearchText(value: string): string {
  const text = value.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  return toMatchPattern(text) === '' ? '' : text;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Shortens a rejected value for an error message and replaces its control characters. */
function truncate(value: string): string {
  const printable = value.replace(CONTROL_CHARACTERS, '\uFFFD');
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}

function invalid(param: string, error: string): FilterParseResult {
  return { ok: false, param, error };
}
