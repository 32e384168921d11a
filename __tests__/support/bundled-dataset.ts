import { readFileSync } from 'node:fs';

import { parseNdjson, type StoredDocument } from '@/sanity/lib/local-dataset';
import { BUNDLED_DATASET_PATH } from '@/sanity/lib/local-source';

export function readBundledDocuments(): StoredDocument[] {
  return parseNdjson(readFileSync(BUNDLED_DATASET_PATH, 'utf8'), BUNDLED_DATASET_PATH);
}

export function documentsOfType(documents: readonly StoredDocument[], type: string) {
  return documents.filter((document) => document._type === type);
}
