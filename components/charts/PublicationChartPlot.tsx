import type { ChartSeries, ChartYear, PublicationChartData } from '@/lib/content-types';
import { chartScale } from '@/lib/publication-chart';

// Sizes in viewBox units. The SVG scales to the width of its container.
const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 10, right: 8, bottom: 26, left: 34 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
const MAX_BAR_WIDTH = 40;
/** Maximum number of year labels under the axis. With more years, only every nth year is labelled. */
const MAX_YEAR_LABELS = 16;

/**
 * Draws the stacked columns. Each year with publications is one link named by its year and
 * count, so the plot takes one tab stop per year. The segments carry tooltips.
 */
export function PublicationChartPlot({ chart }: { chart: PublicationChartData }) {
  const { step, top } = chartScale(chart.maxStack);
  const slot = PLOT_WIDTH / chart.years.length;
  const barWidth = Math.min(slot * 0.7, MAX_BAR_WIDTH);
  const labelEvery = Math.ceil(chart.years.length / MAX_YEAR_LABELS);
  const toY = (value: number) => MARGIN.top + PLOT_HEIGHT - (value / top) * PLOT_HEIGHT;

  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);

  return (
    <svg
      className="chart__plot"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="group"
      aria-label="Publications per year, stacked by research area"
    >
      <g aria-hidden="true">
        {ticks.map((value) => (
          <g key={value}>
            <line
              className="chart__grid"
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={toY(value)}
              y2={toY(value)}
            />
            <text className="chart__label" x={MARGIN.left - 6} y={toY(value)} dy="0.32em">
              {value}
            </text>
          </g>
        ))}
      </g>
      {chart.years.map((entry, index) => {
        const x = MARGIN.left + index * slot;
        const column = (
          <YearColumn
            chart={chart}
            entry={entry}
            x={x}
            slot={slot}
            barWidth={barWidth}
            toY={toY}
            labelled={index % labelEvery === 0 || index === chart.years.length - 1}
          />
        );
        return entry.href ? (
          <a
            key={entry.year}
            href={entry.href}
            aria-label={`${entry.year}: ${entry.total} ${entry.total === 1 ? 'publication' : 'publications'}`}
          >
            {column}
          </a>
        ) : (
          <g key={entry.year} aria-hidden="true">
            {column}
          </g>
        );
      })}
    </svg>
  );
}

type ColumnProps = {
  chart: PublicationChartData;
  entry: ChartYear;
  x: number;
  slot: number;
  barWidth: number;
  toY: (value: number) => number;
  labelled: boolean;
};

function YearColumn({ chart, entry, x, slot, barWidth, toY, labelled }: ColumnProps) {
  const barX = x + (slot - barWidth) / 2;

  return (
    <>
      {/* An invisible target over the whole column, outlined when the link has focus. */}
      <rect className="chart__target" x={x} y={MARGIN.top} width={slot} height={PLOT_HEIGHT} />
      {stackSegments(chart, entry).map(({ series, count, base }) => {
        const y = toY(base + count);
        return (
          <rect
            key={series.slug ?? 'none'}
            className={`chart__bar chart__fill--${series.color}`}
            x={barX}
            y={y}
            width={barWidth}
            height={toY(base) - y}
          >
            <title>{`${series.label}, ${entry.year}: ${count}`}</title>
          </rect>
        );
      })}
      {labelled ? (
        <text
          className="chart__label chart__label--year"
          x={x + slot / 2}
          y={HEIGHT - MARGIN.bottom + 16}
          aria-hidden="true"
        >
          {entry.year}
        </text>
      ) : null}
    </>
  );
}

/** Returns the year's nonzero counts bottom-up, each with the sum of the counts below it. */
function stackSegments(chart: PublicationChartData, entry: ChartYear) {
  const segments: { series: ChartSeries; count: number; base: number }[] = [];
  let base = 0;
  for (const [index, count] of entry.counts.entries()) {
    const series = chart.series[index];
    if (count > 0 && series) {
      segments.push({ series, count, base });
      base += count;
    }
  }
  return segments;
}
