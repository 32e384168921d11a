import { canonicalJson } from '@/lib/canonical-json';

import type { StoredDocument } from './local-dataset';

/** Fields the Content Lake sets on every document; an import must not compare or write them. */
const SYSTEM_FIELDS = new Set(['_rev', '_createdAt', '_updatedAt', '_originalId', '_system']);

export type SeedPlan = {
  create: StoredDocument[];
  update: StoredDocument[];
  unchanged: string[];
};

/**
 * Decides which documents of a dataset file to write to a project that already contains `existing`:
 * missing ones are created, different ones replaced, equal ones left alone. So a second import
 * of the same file writes nothing.
 */
export function planSeed(
  incoming: readonly StoredDocument[],
  existing: ReadonlyMap<string, StoredDocument>,
): SeedPlan {
  const plan: SeedPlan = { create: [], update: [], unchanged: [] };

  for (const document of incoming) {
    const current = existing.get(document._id);
    if (!current) {
      plan.create.push(document);
    } else if (
      canonicalJson(withoutSystemFields(current)) === canonicalJson(withoutSystemFields(document))
    ) {
      plan.unchanged.push(document._id);
    } else {
      plan.update.push(document);
    }
  }

  return plan;
}

function withoutSystemFields(document: StoredDocument): Record<string, unknown> {
  return Object.fromEntries(Object.entries(document).filter(([key]) => !SYSTEM_FIELDS.has(key)));
}
