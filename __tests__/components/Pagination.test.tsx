import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { Pagination } from '@/components/explorer/Pagination';
import { describePage } from '@/lib/explorer-pagination';

const hrefFor = (page: number) =>
  page === 1 ? '/publications?area=systems' : `/publications?area=systems&page=${page}`;

function renderPagination(page: number, total: number, onPageChange?: (page: number) => void) {
  return render(
    <Pagination
      pagination={describePage(page, total, 50)}
      hrefFor={hrefFor}
      onPageChange={onPageChange}
    />,
  );
}

function linkNames(): string[] {
  const nav = screen.getByRole('navigation', { name: 'Pages of publications' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.getAttribute('aria-label') ?? link.textContent ?? '');
}

describe('Pagination', () => {
  it('links Previous, Next and numbered pages with gaps', () => {
    renderPagination(5, 10_000);

    expect(linkNames()).toEqual([
      'Previous',
      'Page 1',
      'Page 4',
      'Page 5',
      'Page 6',
      'Page 200',
      'Next',
    ]);
    const nav = screen.getByRole('navigation', { name: 'Pages of publications' });
    expect(within(nav).getAllByText('…')).toHaveLength(2);
  });

  it('keeps filters in page links', () => {
    renderPagination(2, 120);

    expect(screen.getByRole('link', { name: 'Previous' })).toHaveAttribute(
      'href',
      '/publications?area=systems',
    );
    expect(screen.getByRole('link', { name: 'Page 1' })).toHaveAttribute(
      'href',
      '/publications?area=systems',
    );
    expect(screen.getByRole('link', { name: 'Page 3' })).toHaveAttribute(
      'href',
      '/publications?area=systems&page=3',
    );
    expect(screen.getByRole('link', { name: 'Next' })).toHaveAttribute(
      'href',
      '/publications?area=systems&page=3',
    );
    expect(screen.getByRole('link', { name: 'Previous' })).toHaveAttribute('rel', 'prev');
    expect(screen.getByRole('link', { name: 'Next' })).toHaveAttribute('rel', 'next');
  });

  it('marks the current page and only it', () => {
    renderPagination(2, 120);

    expect(screen.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Page 1' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'Page 3' })).not.toHaveAttribute('aria-current');
  });

  it('leaves out Previous on the first page and Next on the last', () => {
    const { unmount } = renderPagination(1, 120);
    expect(linkNames()).toEqual(['Page 1', 'Page 2', 'Page 3', 'Next']);
    unmount();

    renderPagination(3, 120);
    expect(linkNames()).toEqual(['Previous', 'Page 1', 'Page 2', 'Page 3']);
  });

  it('links only existing pages from a page past the end', () => {
    renderPagination(9, 120);
    expect(linkNames()).toEqual(['Page 1', 'Page 2', 'Page 3']);
  });

  it('renders nothing for a list of one page or none', () => {
    const { container, unmount } = renderPagination(1, 50);
    expect(container).toBeEmptyDOMElement();
    unmount();

    const empty = renderPagination(1, 0);
    expect(empty.container).toBeEmptyDOMElement();
  });

  it('shows a page in place on a plain click', async () => {
    const onPageChange = jest.fn();
    renderPagination(1, 120, onPageChange);

    await userEvent.click(screen.getByRole('link', { name: 'Next' }));
    await userEvent.click(screen.getByRole('link', { name: 'Page 3' }));

    expect(onPageChange.mock.calls).toEqual([[2], [3]]);
  });

  it('leaves a click with a modifier key to the browser', async () => {
    const onPageChange = jest.fn();
    renderPagination(1, 120, onPageChange);
    const link = screen.getByRole('link', { name: 'Page 2' });
    // jsdom cannot open a tab, so a listener that runs after the link's own records whether
    // the default action was prevented.
    const prevented: boolean[] = [];
    document.addEventListener('click', (event) => prevented.push(event.defaultPrevented), {
      once: true,
    });

    // One user session, so the held Control key applies to the click.
    const user = userEvent.setup();
    await user.keyboard('{Control>}');
    await user.click(link);
    await user.keyboard('{/Control}');

    expect(onPageChange).not.toHaveBeenCalled();
    expect(prevented).toEqual([false]);
  });
});
