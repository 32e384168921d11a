import { serializeBibtex, toBibtexEntry } from './bibtex-entry';
import { citationKeyOf, uniqueCitationKeys } from './bibtex-key';
import { type CitablePublication, toCslItem } from './csl';
import { formatBibliography } from './engine';
import type { CitationFormats } from './types';

/** Formats one publication's citation as BibTeX, APA, IEEE and CSL-JSON. */
export function formatCitations(publication: CitablePublication): CitationFormats {
  const key = citationKeyOf(publication);
  const item = toCslItem(publication, key);
  return {
    bibtex: serializeBibtex([toBibtexEntry(publication, key)]),
    apa: formatBibliography([item], 'apa'),
    // The number is the entry's place in a reference list; a single entry has no place to show.
    ieee: formatBibliography([item], 'ieee').replace(/^\[1\]\s*/, ''),
    cslJson: `${JSON.stringify([item], null, 2)}\n`,
  };
}

/** Formats publications as one BibTeX file, in the given order, with no citation key twice. */
export function formatBibtexFile(publications: readonly CitablePublication[]): string {
  const keys = uniqueCitationKeys(publications);
  const entries = publications.map((publication, index) =>
    toBibtexEntry(publication, keys[index] ?? citationKeyOf(publication)),
  );
  return serializeBibtex(entries);
}
