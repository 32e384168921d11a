import type { PublicationType } from './publication-types';

/** A publication and the publications its `versions` field links, with what ranks them. */
export type VersionLinkRow = {
  id: string;
  type: string | null;
  year: number | null;
  versions: { id: string; type: string | null; year: number | null }[];
};

/**
 * Rank of each type by how final it is: a journal article supersedes its conference paper, which
 * supersedes a workshop paper, which supersedes a preprint. Talks and unknown types rank lowest.
 */
const TYPE_RANK: Partial<Record<PublicationType, number>> = {
  journal: 4,
  conference: 3,
  workshop: 2,
  preprint: 1,
};

type Version = { id: string; rank: number; year: number };

/**
 * Returns the ids of every publication that is not the most final version of its work. A work is
 * a set of publications connected through `versions` links in either direction, however long the
 * chain. Its most final version has the highest type rank, then the latest year, then the
 * smallest id, so each work keeps exactly one publication. Publications without links are never
 * returned.
 */
export function supersededVersionIds(rows: readonly VersionLinkRow[]): string[] {
  const versions = new Map<string, Version>();
  const parent = new Map<string, string>();

  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) {
      root = parent.get(root) ?? root;
    }
    parent.set(id, root);
    return root;
  };
  const add = (id: string, type: string | null, year: number | null) => {
    if (!versions.has(id)) {
      versions.set(id, { id, rank: rankOf(type), year: year ?? 0 });
      parent.set(id, id);
    }
  };

  for (const row of rows) {
    add(row.id, row.type, row.year);
    for (const version of row.versions) {
      add(version.id, version.type, version.year);
      parent.set(find(version.id), find(row.id));
    }
  }

  const finalByWork = new Map<string, Version>();
  for (const version of versions.values()) {
    const work = find(version.id);
    const best = finalByWork.get(work);
    if (!best || isMoreFinal(version, best)) {
      finalByWork.set(work, version);
    }
  }

  return [...versions.values()]
    .filter((version) => finalByWork.get(find(version.id))?.id !== version.id)
    .map((version) => version.id)
    .sort();
}

function rankOf(type: string | null): number {
  return (type && TYPE_RANK[type as PublicationType]) || 0;
}

function isMoreFinal(a: Version, b: Version): boolean {
  if (a.rank !== b.rank) return a.rank > b.rank;
  if (a.year !== b.year) return a.year > b.year;
  return a.id < b.id;
}
