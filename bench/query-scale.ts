// Times the explorer's queries over the local source (groq-js) on generated datasets of 1,000,
// 10,000 and 50,000 publications. It times one page of the list (the first and a middle one) and
// the facet rows, for the unfiltered list, one area and a text search. Each query is timed cold
// and warm, and the figures are the p50 and max in milliseconds per query run.
//
//   npm run bench:queries -- [COUNT...]
//
// Cold: every run uses a new LocalDataset, so nothing is cached. Its perspective view (the
// published documents and the index by _id, built once per loaded dataset) is built by an
// unrelated query before the clock starts. So a cold run is what the first request for a filter
// combination costs after the dataset has loaded: groq-js parses and evaluates the query.
// Warm: one LocalDataset returns the same query's result again from the results it keeps, parsed
// from the stored JSON.
import { EXPLORER_PAGE_SIZE, pageSlice } from '../lib/explorer-pagination.ts';
import { LocalDataset, parseNdjson, type StoredDocument } from '../sanity/lib/local-dataset.ts';
import {
  explorerFacetRowsQuery,
  explorerPublicationsQuery,
  publicationSlugOwnersQuery,
} from '../sanity/lib/queries.ts';
import { generateDataset } from './generate-dataset.ts';

const COLD_RUNS = 7;
const WARM_RUNS = 15;

/** A query that builds a dataset's perspective view and reads almost nothing. */
const VIEW_QUERY = '*[_id == "profile"][0]._id';

type Case = { name: string; areaIds: string[]; search: string };

const CASES: Case[] = [
  { name: 'all', areaIds: [], search: '' },
  { name: 'one area', areaIds: ['researchArea-3'], search: '' },
  { name: 'text', areaIds: [], search: 'sparsity*' },
];

type Timing = { p50: number; max: number };

function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length / 2)] ?? NaN, max: sorted.at(-1) ?? NaN };
}

async function timeCold(
  documents: readonly StoredDocument[],
  query: string,
  params: Record<string, unknown>,
): Promise<Timing> {
  const samples: number[] = [];
  for (let run = 0; run < COLD_RUNS; run += 1) {
    const dataset = new LocalDataset(documents);
    await dataset.query(VIEW_QUERY, {}, 'published');
    const started = performance.now();
    await dataset.query(query, params, 'published');
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

async function timeWarm(
  dataset: LocalDataset,
  query: string,
  params: Record<string, unknown>,
): Promise<Timing> {
  await dataset.query(query, params, 'published');
  const samples: number[] = [];
  for (let run = 0; run < WARM_RUNS; run += 1) {
    const started = performance.now();
    await dataset.query(query, params, 'published');
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

function format({ p50, max }: Timing): string {
  const digits = p50 < 10 ? 2 : 0;
  return `${p50.toFixed(digits)} (${max.toFixed(digits)})`;
}

async function measure(count: number): Promise<void> {
  const text = generateDataset(count)
    .map((document) => JSON.stringify(document))
    .join('\n');
  const parseStarted = performance.now();
  const documents = parseNdjson(text, `generated-${count}`);
  const parseMs = performance.now() - parseStarted;
  const warmDataset = new LocalDataset(documents);

  const owners = await timeCold(documents, publicationSlugOwnersQuery, {});
  console.log(
    `${count} publications: NDJSON parse ${parseMs.toFixed(0)} ms, ` +
      `publicationSlugOwnersQuery cold ${format(owners)} ms`,
  );

  for (const { name, areaIds, search } of CASES) {
    const facetParams = { search, hiddenIds: [] };
    const rows = await warmDataset.query<{ areaIds: string[] | null }[]>(
      explorerFacetRowsQuery,
      facetParams,
      'published',
    );
    const listLength = rows.filter(
      (row) => areaIds.length === 0 || (row.areaIds ?? []).some((id) => areaIds.includes(id)),
    ).length;
    const middlePage = Math.max(1, Math.ceil(listLength / EXPLORER_PAGE_SIZE / 2));

    const cells: string[] = [];
    for (const page of [1, middlePage]) {
      const params = {
        filterByArea: areaIds.length > 0,
        areaIds,
        years: [],
        types: [],
        search,
        hiddenIds: [],
        ...pageSlice(page, EXPLORER_PAGE_SIZE),
      };
      const cold = await timeCold(documents, explorerPublicationsQuery, params);
      const warm = await timeWarm(warmDataset, explorerPublicationsQuery, params);
      cells.push(format(cold), format(warm));
    }
    const facetsCold = await timeCold(documents, explorerFacetRowsQuery, facetParams);
    const facetsWarm = await timeWarm(warmDataset, explorerFacetRowsQuery, facetParams);
    cells.push(format(facetsCold), format(facetsWarm));

    console.log(
      `| ${count.toLocaleString('en-US')} | ${name} | ${middlePage} | ${cells.join(' | ')} |`,
    );
  }
}

const counts = process.argv.slice(2).map(Number);
console.log(
  '| Publications | Case | Middle page | Page 1 cold | Page 1 warm | Middle cold | Middle warm | Facets cold | Facets warm |',
);
for (const count of counts.length > 0 ? counts : [1000, 10_000, 50_000]) {
  await measure(count);
}
