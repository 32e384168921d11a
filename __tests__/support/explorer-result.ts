import type { ExplorerResult, PublicationSummary } from '@/lib/content-types';
import { describePage } from '@/lib/explorer-pagination';
import { EMPTY_FILTERS, type ExplorerFilters } from '@/lib/publication-filters';
import { countByYear, groupSliceByYear } from '@/lib/year-groups';

export function publication(
  slug: string,
  year: number,
  overrides: Partial<PublicationSummary> = {},
): PublicationSummary {
  return {
    id: `publication-${slug}`,
    slug,
    href: `/publications/${slug}`,
    title: `Title of ${slug}`,
    year,
    date: null,
    type: 'conference',
    typeLabel: 'Conference',
    venue: { label: 'ISCA', fullName: null },
    authors: [],
    authorListTruncated: false,
    areas: [],
    links: [],
    badges: [],
    featured: false,
    ...overrides,
  };
}

/**
 * Builds a result for the two-area fixture used by the explorer tests. `publications` is the
 * whole filtered list, and the result contains the page that `filters.page` selects, with pages of
 * `pageSize` publications.
 */
export function explorerResult(
  publications: PublicationSummary[],
  filters: Partial<ExplorerFilters> = {},
  pageSize = 50,
): ExplorerResult {
  const selectedAreas = filters.areas ?? [];
  const page = filters.page ?? 1;
  const start = (page - 1) * pageSize;
  return {
    filters: { ...EMPTY_FILTERS, ...filters },
    total: publications.length,
    pagination: describePage(page, publications.length, pageSize),
    groups: groupSliceByYear(
      publications.slice(start, start + pageSize),
      countByYear(publications.map((publication) => publication.year)),
      start,
    ),
    unknownAreas: [],
    facets: {
      areas: [
        {
          value: 'systems',
          label: 'Systems',
          count: 2,
          selected: selectedAreas.includes('systems'),
        },
        {
          value: 'learning',
          label: 'Learning',
          count: 1,
          selected: selectedAreas.includes('learning'),
        },
      ],
      years: [
        { value: '2024', label: '2024', count: 2, selected: false },
        { value: '2023', label: '2023', count: 1, selected: false },
      ],
      types: [{ value: 'conference', label: 'Conference', count: 3, selected: false }],
    },
  };
}
