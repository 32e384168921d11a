// Writes a synthetic dataset in the NDJSON import format, for the scale benchmarks only: N
// publications spread over 8 research areas and 30 years, N/10 posts that reference them, and
// the profile. The text is generated ("Synthetic publication 17") and never mixes with the
// owner's dataset.
//
//   node bench/generate-dataset.ts 10000 [FILE]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const AREA_COUNT = 8;
const FIRST_YEAR = 1996;
const YEAR_SPAN = 30;
const TYPES = ['conference', 'journal', 'workshop', 'preprint', 'talk'];
const VENUES = ['ISCA', 'MICRO', 'HPCA', 'ASPLOS', 'NeurIPS', 'ICML', 'IEEE Micro', 'arXiv'];

type Document = Record<string, unknown> & { _id: string; _type: string };

/** A small deterministic generator, so the same count gives the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateDataset(publicationCount: number): Document[] {
  const next = random(publicationCount);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const documents: Document[] = [
    { _id: 'profile', _type: 'profile', name: 'Synthetic Researcher', role: 'Researcher' },
  ];

  for (let area = 1; area <= AREA_COUNT; area += 1) {
    documents.push({
      _id: `researchArea-${area}`,
      _type: 'researchArea',
      title: `Research area ${area}`,
      slug: { _type: 'slug', current: `area-${area}` },
      order: area,
    });
  }

  for (let index = 1; index <= publicationCount; index += 1) {
    const areas = new Set([Math.ceil(next() * AREA_COUNT)]);
    if (next() < 0.3) areas.add(Math.ceil(next() * AREA_COUNT));
    documents.push({
      _id: `publication-${index}`,
      _type: 'publication',
      title: `Synthetic publication ${index} on ${pick(['sparsity', 'caches', 'quantization', 'accelerators', 'compilers'])}`,
      slug: { _type: 'slug', current: `publication-${index}` },
      year: FIRST_YEAR + Math.floor(next() * YEAR_SPAN),
      type: pick(TYPES),
      venue: { _type: 'venue', shortName: pick(VENUES) },
      researchAreas: [...areas].map((area) => ({
        _type: 'reference',
        _ref: `researchArea-${area}`,
        _key: `area${area}`,
      })),
      featured: index % 200 === 0,
    });
  }

  for (let index = 1; index <= Math.ceil(publicationCount / 10); index += 1) {
    documents.push({
      _id: `post-${index}`,
      _type: 'post',
      title: `Synthetic post ${index}`,
      slug: { _type: 'slug', current: `post-${index}` },
      summary: `Summary of synthetic post ${index}.`,
      relatedPublications: [
        { _type: 'reference', _ref: `publication-${index * 10}`, _key: 'related' },
      ],
    });
  }
  return documents;
}

/**
 * Writes the dataset of `count` publications as NDJSON to `file`, by default
 * bench/data/publications-COUNT.ndjson under the repository root, and returns the path and the
 * number of documents written.
 */
export function writeDataset(
  count: number,
  file = path.join(import.meta.dirname, 'data', `publications-${count}.ndjson`),
): { file: string; documents: number } {
  mkdirSync(path.dirname(file), { recursive: true });
  const documents = generateDataset(count);
  writeFileSync(file, documents.map((document) => JSON.stringify(document)).join('\n') + '\n');
  return { file, documents: documents.length };
}

if (import.meta.main) {
  const count = Number(process.argv[2]);
  if (!Number.isInteger(count) || count < 1) {
    console.error('Usage: node bench/generate-dataset.ts COUNT [FILE]');
    process.exit(2);
  }
  const { file, documents } = writeDataset(count, process.argv[3]);
  console.log(`Wrote ${documents} documents to ${file}`);
}
