import { draftMode } from 'next/headers';
import { type NextRequest, NextResponse } from 'next/server';

import { sitePath } from '@/lib/safe-redirect';

/** Leaves draft mode and returns to the page given in `?redirect=`, a path on this site. */
export async function GET(request: NextRequest) {
  (await draftMode()).disable();

  const path = sitePath(request.nextUrl.searchParams.get('redirect'));
  // A relative Location keeps the visitor on the host they used, even behind a proxy.
  return new NextResponse(null, { status: 307, headers: { location: path } });
}
