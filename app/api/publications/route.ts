import { type NextRequest, NextResponse } from 'next/server';

import { logHandledError } from '@/lib/log';
import { parseExplorerFilters } from '@/lib/publication-filters';
import { getExplorerResult } from '@/sanity/lib/content';

/** Seconds a client waits before retrying when the content source is unavailable. */
const RETRY_AFTER_SECONDS = 30;

/**
 * Returns the explorer's data as JSON for the same filters as /publications: 200 with the
 * result, 400 for malformed filters, 503 when the content source fails.
 */
export async function GET(request: NextRequest) {
  const parsed = parseExplorerFilters(request.nextUrl.searchParams);
  if (!parsed.ok) {
    return NextResponse.json({ error: parsed.error, param: parsed.param }, { status: 400 });
  }

  try {
    const result = await getExplorerResult(parsed.filters);
    return NextResponse.json(result, {
      headers: { 'cache-control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300' },
    });
  } catch (error) {
    logHandledError('GET /api/publications', error);
    return NextResponse.json(
      { error: 'The publications could not be loaded. Try again shortly.' },
      { status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } },
    );
  }
}
