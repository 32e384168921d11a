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

const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * Formats an ISO date (YYYY-MM-DD) as "4 December 2026". The date is read as UTC, so the day
 * never shifts with the server's time zone. Returns the input unchanged when it is not a date.
 */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) && !Number.isNaN(date.getTime())
    ? longDate.format(date)
    : isoDate;
}

/** Returns the host name of a URL without a leading "www.", for link text: "example.com". */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Formats a venue as a publication page names it: "Full name (SHORT)", or the one name it has.
 * The label is the short name, or the full name when there is no short one.
 */
export function formatVenue(venue: { label: string; fullName: string | null }): string {
  return venue.fullName && venue.fullName !== venue.label
    ? `${venue.fullName} (${venue.label})`
    : venue.label;
}

/**
 * Formats where in its venue a publication appears, as reference lists write it: "vol. 40,
 * no. 2, pp. 12–20". A single page reads "p. e1001" and a report number "no. TR-7". A book or
 * chapter starts with its publisher, which is where it appeared. Returns null when none is known.
 */
export function formatVenueDetails(publication: {
  type: string | null;
  publisher: string | null;
  volume: string | null;
  number: string | null;
  pages: string | null;
}): string | null {
  const { type, publisher, volume, number, pages } = publication;
  const isRange = pages !== null && /[-–—]/.test(pages);
  const parts = [
    type === 'book' || type === 'chapter' ? publisher : null,
    volume ? `vol. ${volume}` : null,
    number ? `no. ${number}` : null,
    pages && isRange ? `pp. ${pages.replace(/\s*[-–—]+\s*/, '–')}` : null,
    pages && !isRange ? `p. ${pages}` : null,
  ];
  const text = parts.filter((part) => part).join(', ');
  return text === '' ? null : text;
}
