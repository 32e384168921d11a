/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type * as ClientModuleType from '@/sanity/lib/client';
import type * as FetchModuleType from '@/sanity/lib/fetch';
import { parseNdjson } from '@/sanity/lib/local-dataset';

import { FakeContentLake } from '../support/fake-content-lake';

type FetchModule = typeof FetchModuleType;
type ClientModule = typeof ClientModuleType;

const DATASET = path.join(__dirname, '..', '..', 'sanity', 'dataset', 'production.ndjson');
const TITLES_QUERY = '*[_type == "researchArea"] | order(order asc).title';
const COUNT_QUERY = 'count(*[_type == "publication" && year == $year])';

let lake: FakeContentLake;
let fetchContent: FetchModule['fetchContent'];
let timeoutMs: number;
let errors: jest.SpyInstance;

beforeAll(async () => {
  lake = new FakeContentLake();
  for (const document of parseNdjson(readFileSync(DATASET, 'utf8'), DATASET)) {
    lake.documents.set(document._id, document);
  }
  const apiHost = await lake.start();

  process.env.NEXT_PUBLIC_SANITY_PROJECT_ID = 'outage-test';
  process.env.NEXT_PUBLIC_SANITY_DATASET = 'production';
  process.env.SANITY_API_HOST = apiHost;
  delete process.env.LOCAL_DATASET_PATH;

  await jest.isolateModulesAsync(async () => {
    const clientModule: ClientModule = await import('@/sanity/lib/client');
    // Every request in this file must reach the stand-in; stop before any could go elsewhere.
    const config = clientModule
      .createPublishedClient(
        { projectId: 'outage-test', dataset: 'production', apiVersion: '2025-09-01' },
        apiHost,
      )
      .config();
    if (config.apiHost !== apiHost || !config.cdnUrl?.startsWith(apiHost)) {
      throw new Error(`The client would call ${config.cdnUrl}, not the local stand-in`);
    }
    const fetchModule: FetchModule = await import('@/sanity/lib/fetch');
    fetchContent = fetchModule.fetchContent;
    timeoutMs = fetchModule.CONTENT_LAKE_TIMEOUT_MS;
  });
});

beforeEach(() => {
  lake.mode = 'ok';
  errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => errors.mockRestore());

afterAll(async () => {
  delete process.env.NEXT_PUBLIC_SANITY_PROJECT_ID;
  delete process.env.NEXT_PUBLIC_SANITY_DATASET;
  delete process.env.SANITY_API_HOST;
  await lake.stop();
});

function fetchTitles() {
  return fetchContent({ name: 'areaTitlesQuery', query: TITLES_QUERY, tags: ['research-areas'] });
}

function fetchCount(year: number) {
  return fetchContent({
    name: 'yearCountQuery',
    query: COUNT_QUERY,
    params: { year },
    tags: ['publications'],
  });
}

describe('a Content Lake outage', () => {
  it('queries the configured host', async () => {
    const before = lake.queryCount;

    expect(await fetchTitles()).toEqual([
      'Efficient Deep Neural Network',
      'ML for Computer Architecture and Systems / ML for Code',
      'Foundational Models',
      'Computer Architecture',
    ]);
    expect(lake.queryCount).toBe(before + 1);
  });

  it('serves last good result on 500', async () => {
    const good = await fetchTitles();
    lake.mode = 'error';

    expect(await fetchTitles()).toEqual(good);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]?.[1])).toContain('"queryName":"areaTitlesQuery"');
  });

  it('fails without a last good result', async () => {
    lake.mode = 'error';

    await expect(fetchCount(1999)).rejects.toMatchObject({
      name: 'ContentQueryError',
      queryName: 'yearCountQuery',
      source: 'content-lake',
    });
  });

  it('times out on a hanging host', async () => {
    lake.mode = 'hang';
    const started = performance.now();

    await expect(fetchCount(1998)).rejects.toMatchObject({ queryName: 'yearCountQuery' });

    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(timeoutMs - 50);
    expect(elapsed).toBeLessThan(timeoutMs + 2000);
  }, 15_000);

  it('keeps results per parameters', async () => {
    expect(await fetchCount(2024)).toBeGreaterThan(0);
    lake.mode = 'error';

    await expect(fetchCount(2023)).rejects.toMatchObject({ queryName: 'yearCountQuery' });
    expect(await fetchCount(2024)).toBeGreaterThan(0);
  });
});
