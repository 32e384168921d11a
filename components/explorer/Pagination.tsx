import Link from 'next/link';

import type { ExplorerPagination } from '@/lib/content-types';
import { isPastEnd, pageLinks } from '@/lib/explorer-pagination';

type Props = {
  pagination: ExplorerPagination;
  /** Returns the URL of a page of the list on screen, with its filters. */
  hrefFor: (page: number) => string;
  /** Shows a page in place. Without it, a link loads the page's URL. */
  onPageChange?: ((page: number) => void) | undefined;
};

/**
 * Renders links to the pages of the list: Previous and Next, and numbered links with a gap
 * where pages are left out. A list of one page gets no navigation.
 */
export function Pagination({ pagination, hrefFor, onPageChange }: Props) {
  const { page, pageCount } = pagination;
  if (pageCount <= 1) {
    return null;
  }
  // Past the end, Previous and Next would lead to other missing pages.
  const inRange = !isPastEnd(pagination);

  return (
    <nav className="pagination" aria-label="Pages of publications">
      <ul>
        {inRange && page > 1 ? (
          <li>
            <PageLink
              page={page - 1}
              href={hrefFor(page - 1)}
              onPageChange={onPageChange}
              rel="prev"
            >
              Previous
            </PageLink>
          </li>
        ) : null}
        {pageLinks(page, pageCount).map((link, index) =>
          link === 'gap' ? (
            // A page number never repeats, but two gaps can, so the index distinguishes them.
            <li key={`gap-${index}`} className="pagination__gap">
              …
            </li>
          ) : (
            <li key={link}>
              <PageLink
                page={link}
                href={hrefFor(link)}
                onPageChange={onPageChange}
                current={link === page}
                label={`Page ${link}`}
              >
                {link}
              </PageLink>
            </li>
          ),
        )}
        {inRange && page < pageCount ? (
          <li>
            <PageLink
              page={page + 1}
              href={hrefFor(page + 1)}
              onPageChange={onPageChange}
              rel="next"
            >
              Next
            </PageLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

type PageLinkProps = {
  page: number;
  href: string;
  onPageChange?: ((page: number) => void) | undefined;
  current?: boolean;
  label?: string;
  rel?: 'prev' | 'next';
  children: React.ReactNode;
};

/**
 * Links to one page of the list. With `onPageChange`, a plain click shows the page in place. A
 * click with a modifier key or another button keeps the browser's own handling, such as a new tab.
 */
export function PageLink({
  page,
  href,
  onPageChange,
  current = false,
  label,
  rel,
  children,
}: PageLinkProps) {
  return (
    <Link
      href={href}
      // Each explorer page renders on request, so a prefetch would make the server render pages
      // that the visitor may never open.
      prefetch={false}
      rel={rel}
      aria-label={label}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
        if (onPageChange && !modified && event.button === 0) {
          event.preventDefault();
          onPageChange(page);
        }
      }}
    >
      {children}
    </Link>
  );
}
