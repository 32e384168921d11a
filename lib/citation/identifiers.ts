import type { LinkView } from '@/lib/content-types';

const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
const DOI_HOSTS = new Set(['doi.org', 'dx.doi.org', 'www.doi.org']);
const ARXIV_HOSTS = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org']);
// New-style arXiv identifiers (YYMM.NNNNN, with an optional version) and old-style ones
// ("cs/0112017").
const ARXIV_ID_PATTERN = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;

/** Identifiers and the address a citation can carry, all read from the publication's links. */
export type CitationIdentifiers = {
  /** Bare DOI, such as "10.1145/3579371.3589057". */
  doi: string | null;
  /** arXiv identifier, such as "2301.00001". */
  arxivId: string | null;
  /** The address a reader should open: the arXiv page, else the PDF, else the project page. */
  url: string | null;
  /** Address of a PDF file, for indexers that fetch full text. */
  pdfUrl: string | null;
};

/**
 * Reads the DOI, the arXiv identifier and the citable addresses from a publication's links.
 * A DOI comes only from a `doi` link to doi.org; an arXiv identifier only from an `arxiv` link to
 * arxiv.org/abs/ or /pdf/. Links of other kinds are never parsed for identifiers.
 */
export function readIdentifiers(links: readonly LinkView[]): CitationIdentifiers {
  // Only web addresses can be cited or fetched; a mailto link is neither.
  const byKind = (kind: string) =>
    links.find((link) => link.kind === kind && isWebUrl(link.url))?.url ?? null;
  const arxivUrl = byKind('arxiv');
  const pdfUrl = byKind('pdf');

  return {
    doi: doiFromUrl(byKind('doi')),
    arxivId: arxivIdFromUrl(arxivUrl),
    url: arxivUrl ?? pdfUrl ?? byKind('project'),
    pdfUrl,
  };
}

export function doiFromUrl(url: string | null): string | null {
  const parsed = parseUrl(url);
  if (!parsed || !DOI_HOSTS.has(parsed.hostname)) {
    return null;
  }
  const doi = decodeURIComponent(parsed.pathname.slice(1));
  return DOI_PATTERN.test(doi) ? doi : null;
}

export function arxivIdFromUrl(url: string | null): string | null {
  const parsed = parseUrl(url);
  if (!parsed || !ARXIV_HOSTS.has(parsed.hostname)) {
    return null;
  }
  const match = /^\/(?:abs|pdf)\/(.+?)(?:\.pdf)?$/.exec(parsed.pathname);
  const id = match?.[1];
  return id && ARXIV_ID_PATTERN.test(id) ? id : null;
}

function parseUrl(url: string | null): URL | null {
  if (!url) {
    return null;
  }
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isWebUrl(url: string): boolean {
  const protocol = parseUrl(url)?.protocol;
  return protocol === 'http:' || protocol === 'https:';
}
