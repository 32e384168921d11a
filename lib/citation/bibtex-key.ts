import { BIBTEX_KEY } from '@/sanity/schemaTypes/constants';

/**
 * Derives a BibTeX citation key from a publication slug: "sparse-tpu" becomes "sparse_tpu".
 * Slugs are unique among publications and change only when an editor renames one, so the key
 * stays stable across exports. Hyphens become underscores and any other character outside
 * [a-z0-9_] is dropped, as in the keys that earlier exports wrote, which readers may cite.
 */
export function bibtexKey(slug: string): string {
  const key = slug
    .toLowerCase()
    .replace(/-/g, '_')
    .replace(/[^a-z0-9_]/g, '');
  return key === '' ? 'publication' : key;
}

type Keyed = { slug: string; citationKey: string | null };

/**
 * Returns the key a citation of one publication uses: the stored citation key, which readers
 * already cite in their papers, or else the key derived from the slug. A stored key that BibTeX
 * cannot read, such as one with a space, is replaced by the derived key.
 */
export function citationKeyOf(publication: Keyed): string {
  const stored = publication.citationKey;
  return stored && BIBTEX_KEY.test(stored) ? stored : bibtexKey(publication.slug);
}

/**
 * Returns one key per publication, in order, with no key used twice. Each stored key is claimed
 * first, so a derived key never takes a key that an author cites; derived keys come next. A key
 * that is already used gets the first free suffix "_2", "_3" and so on, in file order.
 *
 * NOTE: a publication whose key is suffixed in a file keeps its unsuffixed key in its own Cite
 * panel and cite.bib, which see no other publication.
 */
export function uniqueCitationKeys(publications: readonly Keyed[]): string[] {
  const preferred = publications.map(citationKeyOf);
  const isStored = (index: number) => preferred[index] === publications[index]?.citationKey;
  const indexes = preferred.map((_, index) => index);
  const used = new Set<string>();
  const keys = new Map<number, string>();

  const claimedFirst = [
    ...indexes.filter(isStored),
    ...indexes.filter((index) => !isStored(index)),
  ];
  for (const index of claimedFirst) {
    const key = preferred[index];
    if (key !== undefined && !used.has(key)) {
      used.add(key);
      keys.set(index, key);
    }
  }

  for (const index of indexes.filter((candidate) => !keys.has(candidate))) {
    const key = preferred[index] ?? 'publication';
    let suffix = 2;
    while (used.has(`${key}_${suffix}`)) {
      suffix += 1;
    }
    used.add(`${key}_${suffix}`);
    keys.set(index, `${key}_${suffix}`);
  }

  return indexes.map((index) => keys.get(index) ?? '');
}
