import { render, screen, within } from '@testing-library/react';

import { HonorsMediaTimeline } from '@/components/home/HonorsMediaTimeline';
import { buildTimeline } from '@/lib/timeline';

describe('HonorsMediaTimeline', () => {
  it('shows years as headings with typed entries', () => {
    render(
      <HonorsMediaTimeline
        years={buildTimeline(
          [
            {
              id: 'h',
              title: 'Microsoft Research PhD Fellowship',
              issuer: 'Microsoft Research',
              years: '2016–2018',
              yearStart: 2016,
              yearEnd: 2018,
            },
          ],
          [
            {
              id: 'm',
              headline: 'Need to Fit Billions of Transistors on a Chip?',
              outlet: 'WIRED',
              year: 2021,
              url: 'https://example.org/wired',
            },
          ],
        )}
      />,
    );

    const section = screen.getByRole('region', { name: 'Honors and media coverage' });
    const years = within(section).getAllByRole('heading', { level: 3 });
    expect(years.map((heading) => heading.textContent)).toEqual(['2021', '2016']);

    const items = within(section)
      .getAllByRole('listitem')
      .filter((item) => !item.querySelector('h3'));
    expect(items.map((item) => item.textContent)).toEqual([
      'Media Need to Fit Billions of Transistors on a Chip? · WIRED',
      'Honor Microsoft Research PhD Fellowship · Microsoft Research, 2016–2018',
    ]);
    expect(
      within(section).getByRole('link', { name: 'Need to Fit Billions of Transistors on a Chip?' }),
    ).toHaveAttribute('href', 'https://example.org/wired');
  });

  it('renders nothing without entries', () => {
    const { container } = render(<HonorsMediaTimeline years={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
