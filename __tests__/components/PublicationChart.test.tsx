import { render, screen, within } from '@testing-library/react';

import { PublicationChart } from '@/components/charts/PublicationChart';
import { buildPublicationChart } from '@/lib/publication-chart';

const ARCH = { slug: 'computer-architecture', title: 'Computer Architecture' };
const EFFICIENT = { slug: 'efficient-dnn', title: 'Efficient DNN' };

const chart = buildPublicationChart(
  [
    { year: 2022, areaSlugs: [ARCH.slug] },
    { year: 2022, areaSlugs: [EFFICIENT.slug] },
    { year: 2024, areaSlugs: [EFFICIENT.slug] },
  ],
  [ARCH, EFFICIENT],
);

describe('PublicationChart', () => {
  it('links each year with publications from the plot', () => {
    render(<PublicationChart chart={chart} />);
    const plot = screen.getByRole('group', {
      name: 'Publications per year, stacked by research area',
    });
    const links = within(plot).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual([
      '2022: 2 publications',
      '2024: 1 publication',
    ]);
    expect(links[0]).toHaveAttribute('href', '/publications?year=2022');
  });

  it('draws one segment per nonzero count in the series color', () => {
    const { container } = render(<PublicationChart chart={chart} />);
    const bars = container.querySelectorAll('rect.chart__bar');
    expect([...bars].map((bar) => bar.getAttribute('class'))).toEqual([
      'chart__bar chart__fill--1',
      'chart__bar chart__fill--2',
      'chart__bar chart__fill--2',
    ]);
    expect([...bars].map((bar) => bar.querySelector('title')?.textContent)).toEqual([
      'Computer Architecture, 2022: 1',
      'Efficient DNN, 2022: 1',
      'Efficient DNN, 2024: 1',
    ]);
  });

  it('labels the empty year without linking it', () => {
    const { container } = render(<PublicationChart chart={chart} />);
    const yearLabels = [...container.querySelectorAll('text.chart__label--year')].map(
      (label) => label.textContent,
    );
    expect(yearLabels).toEqual(['2022', '2023', '2024']);
    expect(screen.queryByRole('link', { name: /^2023/ })).toBeNull();
  });

  it('links each area from the legend', () => {
    render(<PublicationChart chart={chart} />);
    const legend = screen.getByRole('list', { name: 'Research areas' });
    expect(within(legend).getByRole('link', { name: 'Efficient DNN' })).toHaveAttribute(
      'href',
      '/publications?area=efficient-dnn',
    );
  });

  it('gives the numbers as a table, newest year first', () => {
    render(<PublicationChart chart={chart} />);
    const table = screen.getByRole('table', { name: 'Publications per year and research area' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Year', 'Computer Architecture', 'Efficient DNN', 'Total']);

    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
          (cell) => cell.textContent,
        ),
      );
    expect(rows).toEqual([
      ['2024', '0', '1', '1'],
      ['2023', '0', '0', '0'],
      ['2022', '1', '1', '2'],
    ]);
    expect(within(table).getByRole('link', { name: '2024' })).toHaveAttribute(
      'href',
      '/publications?year=2024',
    );
    expect(within(table).queryByRole('link', { name: '2023' })).toBeNull();
    expect(screen.getByText('Show the numbers as a table')).toBeInTheDocument();
  });

  it('explains counts of publications in several areas', () => {
    const overlapping = buildPublicationChart(
      [{ year: 2022, areaSlugs: [ARCH.slug, EFFICIENT.slug] }],
      [ARCH, EFFICIENT],
    );
    render(<PublicationChart chart={overlapping} />);
    expect(screen.getByText(/counts in each of them/)).toBeInTheDocument();
  });

  it('shows one area with links that keep the area', () => {
    const areaChart = buildPublicationChart(
      [
        { year: 2022, areaSlugs: [ARCH.slug] },
        { year: 2023, areaSlugs: [EFFICIENT.slug] },
      ],
      [ARCH, EFFICIENT],
      ARCH,
    );
    render(<PublicationChart chart={areaChart} title="Publications per year" />);
    expect(screen.getByRole('heading', { name: 'Publications per year' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '2022: 1 publication' })).toHaveAttribute(
      'href',
      '/publications?area=computer-architecture&year=2022',
    );
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Year', 'Computer Architecture', 'Total']);
  });

  it('renders nothing without publications', () => {
    const { container } = render(<PublicationChart chart={buildPublicationChart([], [ARCH])} />);
    expect(container).toBeEmptyDOMElement();
  });
});
