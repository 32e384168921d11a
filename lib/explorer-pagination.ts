import type { ExplorerPagination } from './content-types';

/** Publications on one page of the explorer. */
export const EXPLORER_PAGE_SIZE = 50;

/** One page's bounds in the ordered list, 0-based with `end` exclusive, as GROQ's `[start...end]`. */
export type PageSlice = { start: number; end: number };

/** A link in the pagination nav: a page number, or a gap for the pages left out between two. */
export type PageLink = number | 'gap';

/** Pages linked on each side of the current page, besides the first and the last page. */
const NEIGHBOR_PAGES = 1;

/** Returns the bounds of a 1-based page. */
export function pageSlice(page: number, pageSize: number): PageSlice {
  const start = (page - 1) * pageSize;
  return { start, end: start + pageSize };
}

/** Describes a 1-based page of a list of `total` items. */
export function describePage(page: number, total: number, pageSize: number): ExplorerPagination {
  const { start, end } = pageSlice(page, pageSize);
  return {
    page,
    pageSize,
    pageCount: Math.ceil(total / pageSize),
    range: start < total ? { first: start + 1, last: Math.min(end, total) } : null,
  };
}

/** Returns whether the page lies past the last page of a list that has publications. */
export function isPastEnd(pagination: ExplorerPagination): boolean {
  return pagination.pageCount > 0 && pagination.page > pagination.pageCount;
}

/**
 * Lists the page links of the pagination nav: the first and last page, the current page and its
 * neighbors, with a gap wherever two or more pages are left out. A gap of one page would take as
 * much room as the page itself, so that page is linked instead. A current page past the end gets
 * no link of its own.
 */
export function pageLinks(current: number, pageCount: number): PageLink[] {
  if (pageCount < 1) {
    return [];
  }
  const pages = new Set<number>([1, pageCount]);
  for (let page = current - NEIGHBOR_PAGES; page <= current + NEIGHBOR_PAGES; page += 1) {
    if (page >= 1 && page <= pageCount) pages.add(page);
  }

  const links: PageLink[] = [];
  let previous = 0;
  for (const page of [...pages].sort((a, b) => a - b)) {
    if (page - previous === 2) {
      links.push(previous + 1);
    } else if (page - previous > 2) {
      links.push('gap');
    }
    links.push(page);
    previous = page;
  }
  return links;
}
