import type { ExplorerResult, PublicationSummary } from '@/lib/content-types';
import { groupByYear } from '@/lib/explorer-facets';
import { EMPTY_FILTERS, type ExplorerFilters } from '@/lib/publication-filters';

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

/** Builds a result for the two-area fixture used by the explorer tests. */
export function explorerResult(
  publications: PublicationSummary[],
  filters: Partial<ExplorerFilters> = {},
): ExplorerResult {
  const selectedAreas = filters.areas ?? [];
  return {
    filters: { ...EMPTY_FILTERS, ...filters },
    total: publications.length,
    groups: groupByYear(publications),
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
