import { MAX_QUERY_LENGTH, normalizeSearchText } from './publication-filters';

/** The site search's URL parameter, as carried in `/search?q=…`. */
export type SearchParseResult = { ok: true; q: string } | { ok: false; error: string };

/**
 * Validates the search page's parameters. `q` may appear at most once and is normalized like the
 * explorer's search text; text without a letter or digit becomes empty. Other parameters are
 * ignored.
 */
export function parseSearchParams(params: URLSearchParams): SearchParseResult {
  const values = params.getAll('q');
  if (values.length > 1) {
    return { ok: false, error: 'The search text "q" may be given only once.' };
  }

  const q = normalizeSearchText(values[0] ?? '');
  if (q.length > MAX_QUERY_LENGTH) {
    return {
      ok: false,
      error: `The search text is too long: at most ${MAX_QUERY_LENGTH} characters are allowed.`,
    };
  }
  return { ok: true, q };
}
