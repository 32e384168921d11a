import { type NextRequest, NextResponse } from 'next/server';

import { parseCvView } from '@/lib/cv';
import { cvFileName, renderCvPdf } from '@/lib/cv-pdf';
import { logHandledError } from '@/lib/log';
import { getCv } from '@/sanity/lib/content';

/** Returns the CV as a PDF download; `?view=short` gives the recruiter version. */
export async function GET(request: NextRequest) {
  const view = parseCvView(request.nextUrl.searchParams.get('view'));

  try {
    const cv = await getCv(view);
    const pdf = await renderCvPdf(cv);
    const fileName = cvFileName(cv);
    return new NextResponse(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${fileName}"`,
        'cache-control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600',
      },
    });
  } catch (error) {
    logHandledError('GET /cv.pdf', error);
    return NextResponse.json(
      { error: 'The PDF could not be generated. Try again shortly.' },
      { status: 503, headers: { 'retry-after': '30' } },
    );
  }
}
