// The citation-js plugins ship no type declarations. They are imported for their side effect
// (registering formats with @citation-js/core); @citation-js/name is called directly.
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';

declare module '@citation-js/name' {
  import type { CSLName } from '@citation-js/core';

  /** Parses a personal name such as "Ludwig van Beethoven" into CSL name parts. */
  export function parse(name: string): CSLName;
}
