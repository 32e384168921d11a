// Summaries and plain-text tables for benchmark samples.

export type Summary = { min: number; median: number; max: number };

/**
 * Summarizes samples by their minimum, median and maximum. The median of an even number of
 * samples is the mean of the two middle ones. Throws a RangeError on an empty list, because
 * a summary of nothing would print as a measurement.
 */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) {
    throw new RangeError('Cannot summarize an empty list of samples');
  }

  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;

  return { min: sorted[0] as number, median, max: sorted[sorted.length - 1] as number };
}

/**
 * Formats rows as a Markdown table with padded columns, so the printed table reads in a
 * terminal and pastes into docs/benchmarks.md. Columns after the first are right-aligned.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const pad = (cell: string, column: number) =>
    column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0);
  const line = (cells: readonly string[]) =>
    `| ${header.map((_, column) => pad(cells[column] ?? '', column)).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;

  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Formats a byte count in KiB with one decimal, such as "12.3". */
export function kibibytes(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}
