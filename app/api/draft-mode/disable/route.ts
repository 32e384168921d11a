import { draftMode } from 'next/headers';
import { type NextRequest, NextResponse } from 'next/server';

/** Leaves draft mode and returns to the page given in `?redirect=`, a path on this site. */
export async function GET(request: NextRequest) {
  (await draftMode()).disable();

  const target = request.nextUrl.searchParams.get('redirect') ?? '/';
  // Only site paths: "//host" and "/\host" would leave the site.
  const path = /^\/(?![/\\])/.test(target) ? target : '/';
  // A relative Location keeps the visitor on the host they used, even behind a proxy.
  return new NextResponse(null, { status: 307, headers: { location: path } });
}
