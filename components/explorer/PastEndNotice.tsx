import type { ExplorerPagination } from '@/lib/content-types';
import { formatCount } from '@/lib/plural';

import { PageLink } from './Pagination';

type Props = {
  total: number;
  pagination: ExplorerPagination;
  /** Returns the URL of a page of the list on screen, with its filters. */
  hrefFor: (page: number) => string;
  /** Shows a page in place. Without it, the link loads the page's URL. */
  onPageChange?: ((page: number) => void) | undefined;
};

/** Explains that the requested page lies past the end of the list and links to the last page. */
export function PastEndNotice({ total, pagination, hrefFor, onPageChange }: Props) {
  const { page, pageCount } = pagination;
  return (
    <div className="empty-state">
      <h2>Page {page} is past the end of the list</h2>
      <p>
        These filters match {formatCount(total, 'publication')}, which fill{' '}
        {formatCount(pageCount, 'page')}.{' '}
        <PageLink page={pageCount} href={hrefFor(pageCount)} onPageChange={onPageChange}>
          Go to the last page, page {pageCount}
        </PageLink>
        .
      </p>
    </div>
  );
}
