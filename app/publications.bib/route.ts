import { bibtexResponse } from '@/lib/citation/bibtex-response';
import { formatBibtexFile } from '@/lib/citation/format';
import { logHandledError } from '@/lib/log';
import { getCitablePublications } from '@/sanity/lib/citations';

/** Returns every published publication as one BibTeX file, newest first. */
export async function GET() {
  try {
    const publications = await getCitablePublications();
    return bibtexResponse(formatBibtexFile(publications), 'publications.bib');
  } catch (error) {
    logHandledError('GET /publications.bib', error);
    return new Response('The publications could not be loaded. Try again shortly.\n', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' },
    });
  }
}
