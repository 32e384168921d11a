/** The media type of BibTeX files (shared-mime-info's `text/x-bibtex` is the other common one). */
export const BIBTEX_CONTENT_TYPE = 'application/x-bibtex; charset=utf-8';

/** Builds the response for a BibTeX download, offered as the file `fileName`. */
export function bibtexResponse(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      'content-type': BIBTEX_CONTENT_TYPE,
      'content-disposition': `inline; filename="${fileName}"`,
      'cache-control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600',
    },
  });
}
