import { supersededVersionIds, type VersionLinkRow } from '@/lib/version-lineage';

function row(id: string, type: string | null, year: number, versions: string[]): VersionLinkRow {
  return {
    id,
    type,
    year,
    versions: versions.map((version) => ({ id: version, ...meta[version]! })),
  };
}

const meta: Record<string, { type: string | null; year: number }> = {
  pre: { type: 'preprint', year: 2023 },
  work: { type: 'workshop', year: 2023 },
  conf: { type: 'conference', year: 2024 },
  conf2: { type: 'conference', year: 2025 },
  jour: { type: 'journal', year: 2025 },
  talk: { type: 'talk', year: 2026 },
};

describe('supersededVersionIds', () => {
  it('returns nothing without links', () => {
    expect(supersededVersionIds([])).toEqual([]);
  });

  it('ranks journal over conference over workshop over preprint', () => {
    expect(supersededVersionIds([row('jour', 'journal', 2025, ['conf', 'work', 'pre'])])).toEqual([
      'conf',
      'pre',
      'work',
    ]);
  });

  it('follows a chain whose middle is the least final', () => {
    const rows = [row('conf', 'conference', 2024, ['pre']), row('jour', 'journal', 2025, ['pre'])];
    expect(supersededVersionIds(rows)).toEqual(['conf', 'pre']);
  });

  it('ranks a talk below a preprint', () => {
    expect(supersededVersionIds([row('talk', 'talk', 2026, ['pre'])])).toEqual(['talk']);
  });

  it('breaks a type tie by the later year', () => {
    expect(supersededVersionIds([row('conf', 'conference', 2024, ['conf2'])])).toEqual(['conf']);
  });

  it('keeps separate works apart', () => {
    const rows = [row('conf', 'conference', 2024, ['pre']), row('jour', 'journal', 2025, ['work'])];
    expect(supersededVersionIds(rows)).toEqual(['pre', 'work']);
  });
});
