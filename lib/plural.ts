/** Formats a count with its noun: "1 publication", "12 publications", "0 posts". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
