/**
 * Checks that every segment of a raw URL path decodes: no invalid percent-encoding such as
 * `%E0%A4%A` and no NUL character. Next.js 16.5 responds 500 to the first in a dynamic segment and
 * fails to cache a page for the second, so the proxy rejects such paths before routing.
 */
export function isWellFormedPath(pathname: string): boolean {
  for (const segment of pathname.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return false;
    }
    if (decoded.includes('\u0000')) {
      return false;
    }
  }
  return true;
}
