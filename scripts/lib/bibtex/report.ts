import type { BibReadResult } from './bib-record';
import type { EntryReport, EntryStatus, ImportPlan } from './plan-import';

/** The JSON that `--report FILE.json` writes. */
export type ImportReport = {
  source: string;
  target: string;
  dryRun: boolean;
  counts: Record<EntryStatus, number>;
  persons: ImportPlan['persons'];
  /** Problems that belong to no single entry. */
  warnings: string[];
  entries: EntryReport[];
};

export function buildImportReport(
  source: string,
  target: string,
  dryRun: boolean,
  read: BibReadResult,
  plan: ImportPlan,
): ImportReport {
  const counts: Record<EntryStatus, number> = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
  for (const entry of plan.entries) {
    counts[entry.status] += 1;
  }
  return {
    source,
    target,
    dryRun,
    counts,
    persons: plan.persons,
    warnings: read.warnings,
    entries: plan.entries,
  };
}
