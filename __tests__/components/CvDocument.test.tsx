import { render, screen, within } from '@testing-library/react';

import { CvDocument } from '@/components/cv/CvDocument';
import { buildCv } from '@/lib/cv';

import { fullSources, sparseSources } from '../support/cv-sources';

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

  it('shows no empty headings or missing values without optional content', () => {
    const { container } = render(<CvDocument cv={buildCv(sparseSources(), 'full')} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Ada Example' })).toBeInTheDocument();
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
    expect(container.textContent).not.toMatch(/undefined|null|NaN/);
  });
});
