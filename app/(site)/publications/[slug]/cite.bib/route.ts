import { bibtexKey } from '@/lib/citation/bibtex-key';
import { bibtexResponse } from '@/lib/citation/bibtex-response';
import { formatBibtexFile } from '@/lib/citation/format';
import { logHandledError } from '@/lib/log';
import { getPublishedPublication } from '@/sanity/lib/citations';

type Context = { params: Promise<{ slug: string }> };

// The file sits at /publications/SLUG/cite.bib because the app router treats a folder named
// `[slug].bib` as a literal name: a dynamic segment must be the whole folder name (checked in
// next 16.5.0, next/dist/shared/lib/router/utils/sorted-routes.js).

/** Returns one published publication as a BibTeX file. */
export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  try {
    const publication = await getPublishedPublication(slug);
    if (!publication) {
      return new Response(`No publication has the slug "${slug}".\n`, {
        status: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    }
    return bibtexResponse(formatBibtexFile([publication]), `${bibtexKey(publication.slug)}.bib`);
  } catch (error) {
    logHandledError(`GET /publications/${slug}/cite.bib`, error);
    return new Response('The publication could not be loaded. Try again shortly.\n', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' },
    });
  }
}
