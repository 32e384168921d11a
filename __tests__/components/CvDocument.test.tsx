import { render, screen, within } from '@testing-library/react';

import { CvDocument } from '@/components/cv/CvDocument';
import { buildCv } from '@/lib/cv';

import { authorView } from '../support/authors';
import { fullSources, sparseSources } from '../support/cv-sources';
import { publication } from '../support/explorer-result';

describe('CvDocument', () => {
  it('renders a heading per section with its entries', () => {
    render(<CvDocument cv={buildCv(fullSources(), 'full')} />);
    const headings = screen
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Research',
      'Appointments',
      'Education',
      'Honors and awards',
      'Service',
      'Publications',
      'Media coverage',
      'Blog posts',
      'Skills',
    ]);
    const honors = screen.getByRole('region', { name: 'Honors and awards' });
    expect(within(honors).getByText('Best Paper Award')).toBeInTheDocument();
    expect(within(honors).getByText('2016–2018')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Title of alpha' })).toHaveAttribute(
      'href',
      '/publications/alpha',
    );
  });

  it('sets the owner in bold among the authors', () => {
    const sources = fullSources();
    sources.publications = [
      publication('delta', 2021, {
        title: 'Delta',
        authors: [
          authorView('a', 'Ada Example', { isOwner: true }),
          authorView('b', 'Charles Babbage'),
        ],
        authorListTruncated: true,
      }),
    ];
    render(<CvDocument cv={buildCv(sources, 'full')} />);

    const entry = screen.getByRole('link', { name: 'Delta' }).closest('li');
    expect(entry).toHaveTextContent('Delta. Ada Example, Charles Babbage, et al.');
    expect(screen.getByText('Ada Example', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.queryByText('Charles Babbage', { selector: 'strong' })).toBeNull();
  });

  it('shows no empty headings or missing values without optional content', () => {
    const { container } = render(<CvDocument cv={buildCv(sparseSources(), 'full')} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Ada Example' })).toBeInTheDocument();
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
    expect(container.textContent).not.toMatch(/undefined|null|NaN/);
  });
});
