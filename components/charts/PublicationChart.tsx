import { useId } from 'react';

import type { PublicationChartData } from '@/lib/content-types';

import { PublicationChartPlot } from './PublicationChartPlot';
import { PublicationChartTable } from './PublicationChartTable';

type Props = {
  chart: PublicationChartData;
  /** The section heading, an h2. */
  title?: string;
};

/**
 * Renders publications per year, stacked by research area, as an SVG with a legend and the same
 * numbers as a table behind a disclosure. Years and areas link to the filtered explorer, so the
 * chart needs no JavaScript. Renders nothing when there are no publications.
 */
export function PublicationChart({ chart, title = 'At a glance' }: Props) {
  const id = useId();
  if (chart.years.length === 0) {
    return null;
  }

  const headingId = `${id}-heading`;
  return (
    <section className="chart" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <div className="chart__scroll">
        <PublicationChartPlot chart={chart} />
      </div>
      <ul className="chart__legend" aria-label="Research areas">
        {chart.series.map((series) => (
          <li key={series.slug ?? 'none'}>
            <span className={`chart__swatch chart__fill--${series.color}`} aria-hidden="true" />
            {series.href ? <a href={series.href}>{series.label}</a> : series.label}
          </li>
        ))}
      </ul>
      <details className="chart__details">
        <summary>Show the numbers as a table</summary>
        <PublicationChartTable chart={chart} />
      </details>
    </section>
  );
}
