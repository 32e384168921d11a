import { canonicalJson } from '@/lib/canonical-json';
import type { StoredDocument } from '@/sanity/lib/local-dataset';
import { planSeed } from '@/sanity/lib/seed-plan';

import { readBundledDocuments } from '../support/bundled-dataset';

const honor: StoredDocument = { _id: 'honor-a', _type: 'honor', title: 'A', yearStart: 2016 };

describe('planSeed', () => {
  it('creates every document in an empty project', () => {
    const documents = readBundledDocuments();
    const plan = planSeed(documents, new Map());
    expect(plan.create).toHaveLength(documents.length);
    expect(plan.update).toEqual([]);
  });

  it('writes nothing when the project already holds the same documents', () => {
    const documents = readBundledDocuments();
    // As the Content Lake returns them: with system fields and keys in another order.
    const stored = new Map(
      documents.map((document) => [
        document._id,
        Object.fromEntries([
          ['_rev', 'abc'],
          ['_updatedAt', '2026-01-01T00:00:00Z'],
          ...Object.entries(document).reverse(),
        ]) as StoredDocument,
      ]),
    );

    const plan = planSeed(documents, stored);

    expect(plan.create).toEqual([]);
    expect(plan.update).toEqual([]);
    expect(plan.unchanged).toHaveLength(documents.length);
  });

  it('replaces a document that was edited in the project', () => {
    const edited = { ...honor, title: 'Edited in the Studio', _rev: 'x' };
    const plan = planSeed([honor], new Map([[honor._id, edited]]));
    expect(plan.update).toEqual([honor]);
  });
});

describe('canonicalJson', () => {
  it('ignores key order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe(
      canonicalJson({ a: { c: [3, { e: 5, f: 4 }], d: 2 }, b: 1 }),
    );
  });

  it('keeps array order', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });
});
