import { render, screen, within } from '@testing-library/react';

import { HonorsMediaTimeline } from '@/components/home/HonorsMediaTimeline';
import { PostList } from '@/components/home/PostList';
import type { PostSummary } from '@/lib/content-types';
import { buildTimeline } from '@/lib/timeline';

const post = (overrides: Partial<PostSummary>): PostSummary => ({
  id: 'post-a',
  slug: 'a',
  href: '/posts/a',
  title: 'A post',
  date: null,
  summary: null,
  externalUrl: null,
  ...overrides,
});

describe('home sections', () => {
  it('link each post to its page and to all posts', () => {
    render(
      <PostList
        posts={[
          post({ summary: 'What it is about.' }),
          post({
            id: 'post-b',
            slug: 'b',
            href: '/posts/b',
            title: 'An external post',
            date: '2024-05-01',
            externalUrl: 'https://example.org/article',
          }),
        ]}
      />,
    );
    const section = screen.getByRole('region', { name: 'Blog posts' });
    expect(within(section).getByRole('link', { name: 'A post' })).toHaveAttribute(
      'href',
      '/posts/a',
    );
    expect(within(section).getByRole('link', { name: 'An external post' })).toHaveAttribute(
      'href',
      '/posts/b',
    );
    expect(section).toHaveTextContent('1 May 2024 · Summary of an external article');
    expect(within(section).getByRole('link', { name: 'All posts →' })).toHaveAttribute(
      'href',
      '/posts',
    );
    expect(within(section).getAllByRole('listitem')).toHaveLength(2);
  });

  it('links the timeline to the honors and media pages', () => {
    render(
      <HonorsMediaTimeline
        years={buildTimeline(
          [
            {
              id: 'h',
              title: 'Fellowship',
              issuer: null,
              years: '2016',
              yearStart: 2016,
              yearEnd: null,
            },
          ],
          [{ id: 'm', headline: 'Headline', outlet: 'WIRED', year: 2021, url: null }],
        )}
      />,
    );
    expect(screen.getByRole('link', { name: 'All awards and honors →' })).toHaveAttribute(
      'href',
      '/honors',
    );
    expect(screen.getByRole('link', { name: 'All media coverage →' })).toHaveAttribute(
      'href',
      '/media',
    );
    expect(screen.getByText('Headline')).toBeInTheDocument();
    expect(screen.getByText('Fellowship')).toBeInTheDocument();
  });

  it('render nothing without items', () => {
    const { container } = render(
      <>
        <PostList posts={[]} />
        <HonorsMediaTimeline years={[]} />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
