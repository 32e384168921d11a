import type { PublicationChartData } from '@/lib/content-types';
import { sum } from '@/lib/publication-chart';

/** Lists the chart's numbers, newest year first, with the same links as the chart. */
export function PublicationChartTable({ chart }: { chart: PublicationChartData }) {
  const newestFirst = [...chart.years].reverse();
  const countsOverlap = chart.years.some((entry) => sum(entry.counts) > entry.total);

  return (
    <div className="chart__table-scroll">
      <table className="chart__table">
        <caption>Publications per year and research area</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {chart.series.map((series) => (
              <th key={series.slug ?? 'none'} scope="col">
                {series.href ? <a href={series.href}>{series.label}</a> : series.label}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((entry) => (
            <tr key={entry.year}>
              <th scope="row">{entry.href ? <a href={entry.href}>{entry.year}</a> : entry.year}</th>
              {entry.counts.map((count, index) => (
                <td key={chart.series[index]?.slug ?? 'none'}>{count}</td>
              ))}
              <td>{entry.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {countsOverlap ? (
        <p className="chart__note">
          A publication in several research areas counts in each of them, so a row can add up to
          more than its total.
        </p>
      ) : null}
    </div>
  );
}
