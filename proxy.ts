import { type NextRequest, NextResponse } from 'next/server';

import { isWellFormedPath } from '@/lib/request-path';

/** Refuses paths that do not decode, before they reach a dynamic route. */
export function proxy(request: NextRequest) {
  if (!isWellFormedPath(request.nextUrl.pathname)) {
    return new NextResponse('Bad request: the path is not valid percent-encoded text.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return NextResponse.next();
}

// Only the routes with a dynamic segment: static pages and assets skip the proxy entirely.
export const config = {
  matcher: ['/publications/:slug+', '/posts/:slug+', '/research/:slug+', '/studio/:tool+'],
};
