import { render, screen, within } from '@testing-library/react';

import { describeCounts, SearchResultList } from '@/components/search/SearchResultList';
import type { SearchResults } from '@/lib/content-types';

const results: SearchResults = {
  q: 'architecture',
  hits: [
    {
      kind: 'post',
      id: 'post-archgym',
      title: 'ArchGym',
      href: '/posts/archgym',
      details: [],
      summary: 'A gymnasium for architecture design.',
    },
    {
      kind: 'publication',
      id: 'publication-mesa',
      title: 'MESA',
      href: '/publications/mesa',
      details: ['2023', 'ISCA', 'Conference'],
      summary: null,
    },
  ],
  counts: { publication: 1, post: 1, honor: 0 },
  truncated: false,
};

describe('SearchResultList', () => {
  it('lists hits in rank order with their type and link', () => {
    render(<SearchResultList results={results} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').getAttribute('href'))).toEqual([
      '/posts/archgym',
      '/publications/mesa',
    ]);
    expect(items[1]).toHaveTextContent('Publication · 2023 · ISCA · Conference');
    expect(items[0]).toHaveTextContent('A gymnasium for architecture design.');
    expect(screen.getByText('2 results: 1 publication and 1 post')).toBeInTheDocument();
  });

  it('says when only the best hits are listed', () => {
    render(<SearchResultList results={{ ...results, truncated: true }} />);
    expect(screen.getByText(/Only the best 2 results are listed/)).toBeInTheDocument();
  });

  it('shows an empty state that names the text', () => {
    render(
      <SearchResultList
        results={{ ...results, hits: [], counts: { publication: 0, post: 0, honor: 0 } }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Nothing matches “architecture”' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Browse all publications' })).toHaveAttribute(
      'href',
      '/publications',
    );
  });
});

describe('describeCounts', () => {
  it('names one type alone', () => {
    expect(
      describeCounts({
        ...results,
        hits: [results.hits[1]!],
        counts: { publication: 1, post: 0, honor: 0 },
      }),
    ).toBe('1 result: 1 publication');
  });

  it('joins three types with commas and "and"', () => {
    const hits = [...results.hits, { ...results.hits[0]!, id: 'x', kind: 'honor' as const }];
    expect(
      describeCounts({ ...results, hits, counts: { publication: 1, post: 1, honor: 1 } }),
    ).toBe('3 results: 1 publication, 1 post and 1 honor');
  });
});
