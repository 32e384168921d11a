import type { CSL } from '@citation-js/core';

import { type CitablePublication, toCslItem } from './csl';
import { formatBibliography, formatBibtexEntries } from './engine';
import { protectLeadingCapitals } from './title-case';
import type { CitationFormats } from './types';

/** Formats one publication's citation as BibTeX, APA, IEEE and CSL-JSON. */
export function formatCitations(publication: CitablePublication): CitationFormats {
  const item = toCslItem(publication);
  return {
    bibtex: formatBibtexEntries([toBibtexItem(item)]),
    apa: formatBibliography([item], 'apa'),
    // The number is the entry's place in a reference list; a single entry has no place to show.
    ieee: formatBibliography([item], 'ieee').replace(/^\[1\]\s*/, ''),
    cslJson: `${JSON.stringify([item], null, 2)}\n`,
  };
}

/** Formats publications as one BibTeX file, in the given order. */
export function formatBibtexFile(publications: readonly CitablePublication[]): string {
  if (publications.length === 0) {
    return '';
  }
  return formatBibtexEntries(
    publications.map((publication) => toBibtexItem(toCslItem(publication))),
  );
}

/**
 * Adapts a CSL item to what BibTeX can hold. BibTeX's `month` takes a month and no day, so the
 * day is dropped. citation-js braces every capitalized word of a title except the first, so an
 * acronym or a mixed-case name in first place ("ShiftAddLLM") is marked to keep its capitals.
 */
function toBibtexItem(item: CSL): CSL {
  const parts = item.issued?.['date-parts']?.[0];
  const issued =
    parts && parts.length === 3 ? { 'date-parts': [[parts[0], parts[1]]] } : item.issued;
  return {
    ...item,
    title: item.title ? protectLeadingCapitals(item.title) : item.title,
    issued: issued as CSL['issued'],
  };
}
