import { render, screen } from '@testing-library/react';
import { createRef } from 'react';

import { ExplorerResults } from '@/components/explorer/ExplorerResults';
import type { ExplorerResult } from '@/lib/content-types';

import { explorerResult, publication } from '../support/explorer-result';

/** 120 publications: 30 of 2024, then 90 of 2023. */
const publications = Array.from({ length: 120 }, (_, index) =>
  publication(`p${index + 1}`, index < 30 ? 2024 : 2023),
);

function renderResults(result: ExplorerResult) {
  return render(
    <ExplorerResults
      result={result}
      loading={false}
      failed={false}
      headingRef={createRef()}
      hrefFor={(page) => (page === 1 ? '/publications' : `/publications?page=${page}`)}
    />,
  );
}

describe('ExplorerResults', () => {
  it('names the positions of a middle page in the summary', () => {
    renderResults(explorerResult(publications, { page: 2 }));

    expect(screen.getByRole('status')).toHaveTextContent(/^51–100 of 120 publications$/);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Results, page 2 of 3' }),
    ).toBeInTheDocument();
  });

  it('groups thousands in the summary', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => publication(`m${index}`, 2020));
    renderResults(explorerResult(many, { page: 2 }));

    expect(screen.getByRole('status')).toHaveTextContent(/^51–100 of 10,000 publications$/);
  });

  it('keeps the plain count for a list of one page', () => {
    renderResults(explorerResult(publications.slice(0, 34)));

    expect(screen.getByRole('status')).toHaveTextContent(/^34 publications$/);
    expect(screen.getByRole('heading', { level: 2, name: 'Results' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('heads a continued year with its whole count', () => {
    renderResults(explorerResult(publications, { page: 2 }));

    // Page 2 contains publications 51 to 100, all of 2023, which began at publication 31.
    expect(
      screen.getByRole('heading', { level: 2, name: '2023 (continued) · 50 of 90 publications' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(50);
  });

  it('heads each year of the first page without marking it continued', () => {
    renderResults(explorerResult(publications, { page: 1 }));

    expect(
      screen.getByRole('heading', { level: 2, name: '2024 · 30 publications' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: '2023 · 20 of 90 publications' }),
    ).toBeInTheDocument();
  });

  it('explains a page past the end and links to the last page', () => {
    renderResults(explorerResult(publications, { page: 7 }));

    expect(
      screen.getByRole('heading', { name: 'Page 7 is past the end of the list' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/These filters match 120 publications, which fill 3 pages\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the last page, page 3' })).toHaveAttribute(
      'href',
      '/publications?page=3',
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^120 publications$/);
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  it('shows the empty state, not a past-the-end message, when nothing matches', () => {
    renderResults(explorerResult([], { years: [1999], page: 4 }));

    expect(
      screen.getByRole('heading', { name: 'No publications match these filters' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/past the end/)).not.toBeInTheDocument();
  });
});
