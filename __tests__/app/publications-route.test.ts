/** @jest-environment node */
import path from 'node:path';

import { NextRequest } from 'next/server';

import { GET } from '@/app/api/publications/route';
import type { ExplorerResult } from '@/lib/content-types';

function get(query: string) {
  return GET(new NextRequest(`http://127.0.0.1/api/publications${query}`));
}

describe('GET /api/publications', () => {
  afterEach(() => {
    delete process.env.LOCAL_DATASET_PATH;
    jest.restoreAllMocks();
  });

  it('returns the filtered result as JSON', async () => {
    const response = await get('?area=foundational-models');
    expect(response.status).toBe(200);
    const body = (await response.json()) as ExplorerResult;
    expect(body.total).toBe(2);
    expect(body.groups.map((group) => group.year)).toEqual([2023]);
  });

  it('returns the page fields of the first page', async () => {
    const response = await get('');
    const body = (await response.json()) as ExplorerResult;
    expect(body.total).toBe(34);
    expect(body.filters.page).toBe(1);
    expect(body.pagination).toEqual({
      page: 1,
      pageSize: 50,
      pageCount: 1,
      range: { first: 1, last: 34 },
    });
  });

  it('returns an empty page past the end', async () => {
    const response = await get('?area=foundational-models&page=3');
    expect(response.status).toBe(200);
    const body = (await response.json()) as ExplorerResult;
    expect(body.total).toBe(2);
    expect(body.groups).toEqual([]);
    expect(body.pagination).toEqual({ page: 3, pageSize: 50, pageCount: 1, range: null });
  });

  it.each(['?page=0', '?page=-2', '?page=1.5', '?page=10001', '?page=2&page=3'])(
    'answers 400 naming the page parameter for %s',
    async (query) => {
      const response = await get(query);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: string; param: string };
      expect(body.param).toBe('page');
      expect(body.error).toMatch(/^(Invalid page|The "page" parameter may be given only once)/);
    },
  );

  it.each([
    '?year=twenty',
    '?type=%22%5D%7C*',
    '?q=a&q=b',
    `?q=${'x'.repeat(201)}`,
    '?area=%22%5D%20%7C%20*%5B_type%3D%3D%22profile%22%5D',
  ])('answers 400 with a message for %s', async (query) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string };
    expect(body.error).toMatch(/invalid|too long|only once/i);
  });

  it('answers 200 with an empty result for an unknown area', async () => {
    const response = await get('?area=unknown-area');
    expect(response.status).toBe(200);
    const body = (await response.json()) as ExplorerResult;
    expect(body.total).toBe(0);
  });

  it('answers 503 and logs once when the dataset cannot be read', async () => {
    process.env.LOCAL_DATASET_PATH = path.join(__dirname, 'missing.ndjson');
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    const response = await get('');

    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(log).toHaveBeenCalledTimes(1);
    // The explorer's first queries run in parallel, so whichever fails first is the one named.
    const logged = JSON.parse(String(log.mock.calls[0]?.[1])) as { queryName: string };
    expect(['researchAreasQuery', 'publicationSlugOwnersQuery']).toContain(logged.queryName);
  });
});
