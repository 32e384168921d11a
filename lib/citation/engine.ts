import 'server-only';
// The plugins register themselves with @citation-js/core when imported.
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';

import { Cite, type CSL, plugins } from '@citation-js/core';

import { IEEE_STYLE_XML } from './styles/ieee';

// citation-js keeps its styles in a process-wide registry, so the IEEE style is added once, when
// this module loads. It is rendered from the string, with no network request.
type StyleRegistry = { has(name: string): boolean; add(name: string, xml: string): void };
const cslConfig = plugins.config.get('@csl') as { styles: StyleRegistry };
if (!cslConfig.styles.has('ieee')) {
  cslConfig.styles.add('ieee', IEEE_STYLE_XML);
}

// BibTeX output keeps non-ASCII letters as UTF-8, which biber and current BibTeX read. With
// escaping on, citation-js 0.9 writes Greek letters as math symbols ("$\\alpha$").
const bibtexConfig = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } };
bibtexConfig.format.asciiOnly = false;

export type BibliographyStyle = 'apa' | 'ieee';

/** Formats CSL items as a plain-text bibliography entry in `style`, with US English terms. */
export function formatBibliography(items: CSL[], style: BibliographyStyle): string {
  const output: unknown = new Cite(items).format('bibliography', {
    format: 'text',
    template: style,
    lang: 'en-US',
  });
  return String(output).trim();
}

/** One BibTeX entry as citation-js maps it from CSL, each value already formatted for BibTeX. */
export type MappedBibtexEntry = {
  type: string;
  label: string;
  properties: Partial<Record<string, string>>;
};

/**
 * Maps CSL items to BibTeX entries without writing them out, so the caller can choose the entry
 * type, key and fields that CSL cannot carry. citation-js 0.9 returns this shape for the
 * `object` format (plugin-bibtex, lib/output/entries.js).
 */
export function mapToBibtex(items: CSL[]): MappedBibtexEntry[] {
  const output: unknown = new Cite(items).format('bibtex', { format: 'object' });
  return output as MappedBibtexEntry[];
}

/** Parses BibTeX text into CSL items. */
export function parseBibtex(text: string): CSL[] {
  return new Cite(text).data;
}
