import { type NextRequest, NextResponse } from 'next/server';

import { parseCvView } from '@/lib/cv';
import { toJsonResume } from '@/lib/json-resume';
import { logHandledError } from '@/lib/log';
import { siteUrl } from '@/lib/site-url';
import { getCv } from '@/sanity/lib/content';

/** Returns the CV in the JSON Resume format (schema v1), for import into other tools. */
export async function GET(request: NextRequest) {
  const view = parseCvView(request.nextUrl.searchParams.get('view'));

  try {
    const cv = await getCv(view);
    // The configured origin, as in the sitemap and feeds: behind a proxy the request's own origin
    // is the internal address.
    return NextResponse.json(toJsonResume(cv, siteUrl.origin), {
      headers: { 'cache-control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600' },
    });
  } catch (error) {
    logHandledError('GET /cv.json', error);
    return NextResponse.json(
      { error: 'The CV could not be loaded. Try again shortly.' },
      { status: 503, headers: { 'retry-after': '30' } },
    );
  }
}
