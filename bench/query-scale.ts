// Times the explorer's two queries over the local source (groq-js) on generated datasets of
// 1,000, 10,000 and 50,000 publications: the unfiltered list, one area, and a text search.
// Reports p50 and max in milliseconds per query run, with the parse of the NDJSON file apart.
//
//   npm run bench:queries -- [COUNT...]
import { LocalDataset, parseNdjson } from '../sanity/lib/local-dataset.ts';
import { explorerFacetRowsQuery, explorerPublicationsQuery } from '../sanity/lib/queries.ts';
import { generateDataset } from './generate-dataset.ts';

const RUNS = 15;

const CASES = [
  { name: 'all', areaIds: [] as string[], search: '' },
  { name: 'one area', areaIds: ['researchArea-3'], search: '' },
  { name: 'text', areaIds: [] as string[], search: 'sparsity*' },
];

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? NaN;
}

async function time(run: () => Promise<unknown>): Promise<{ p50: number; max: number }> {
  await run();
  const samples: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), max: samples.at(-1) ?? NaN };
}

const counts = process.argv.slice(2).map(Number);
for (const count of counts.length > 0 ? counts : [1000, 10_000, 50_000]) {
  const text = generateDataset(count)
    .map((document) => JSON.stringify(document))
    .join('\n');
  const parseStarted = performance.now();
  const dataset = new LocalDataset(parseNdjson(text, `generated-${count}`));
  const parseMs = performance.now() - parseStarted;

  for (const { name, areaIds, search } of CASES) {
    const params = {
      filterByArea: areaIds.length > 0,
      areaIds,
      years: [],
      types: [],
      search,
      hiddenIds: [],
    };
    const list = await time(() => dataset.query(explorerPublicationsQuery, params, 'published'));
    const facets = await time(() =>
      dataset.query(explorerFacetRowsQuery, { search, hiddenIds: [] }, 'published'),
    );
    console.log(
      [
        `${count} publications`,
        name.padEnd(8),
        `list p50 ${list.p50.toFixed(1)} ms (max ${list.max.toFixed(1)})`,
        `facets p50 ${facets.p50.toFixed(1)} ms (max ${facets.max.toFixed(1)})`,
        `NDJSON parse ${parseMs.toFixed(0)} ms`,
      ].join(' | '),
    );
  }
}
