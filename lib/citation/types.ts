// Kept apart from the formatting code so that client components can import the type without
// pulling citation-js into the browser bundle.

/** A publication's citation in each format the Cite panel offers, ready to copy. */
export type CitationFormats = {
  bibtex: string;
  apa: string;
  ieee: string;
  cslJson: string;
};
