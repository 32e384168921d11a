/** Formats a year or a year range with an en dash: "2016–2018", "2023", or "2019–present". */
export function formatYearRange(
  start: number | null,
  end: number | null,
  openEnded = false,
): string | null {
  if (start === null && end === null) {
    return null;
  }
  if (start === null) {
    return `until ${end}`;
  }
  if (end === null) {
    return openEnded ? `${start}–present` : String(start);
  }
  return start === end ? String(start) : `${start}–${end}`;
}

/** Keeps only links a browser may open from our pages: http, https and mailto. */
export function isSafeUrl(url: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
