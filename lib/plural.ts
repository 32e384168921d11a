// The site's text is English, so counts group thousands with commas whatever the server's locale.
const integerFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Formats a whole number with thousands separators: "10,000". */
export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

/** Formats a count with its noun: "1 publication", "12 publications", "10,000 posts". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatInteger(count)} ${count === 1 ? singular : plural}`;
}
