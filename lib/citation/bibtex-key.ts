/**
 * Derives a BibTeX citation key from a publication slug: "sparse-tpu" becomes "sparse_tpu".
 * Slugs are unique among publications and change only when an editor renames one, so the key
 * stays stable across exports. Hyphens become underscores because citation-js 0.9 rejects keys
 * with punctuation other than `_` and replaces them with a key of its own; any other character
 * outside [a-z0-9_] is dropped.
 */
export function bibtexKey(slug: string): string {
  const key = slug
    .toLowerCase()
    .replace(/-/g, '_')
    .replace(/[^a-z0-9_]/g, '');
  return key === '' ? 'publication' : key;
}
