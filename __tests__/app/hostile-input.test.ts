/** @jest-environment node */
import path from 'node:path';

import fc from 'fast-check';
import { NextRequest } from 'next/server';

import { GET } from '@/app/api/publications/route';
import type { ExplorerResult } from '@/lib/content-types';

// Property-based checks of the JSON route. Whatever the query string, it returns 200 with
// published publications or 400 with a message, never 500 and never a draft.

const DRAFT_TITLES = ['Draft title', 'Never published', 'Scheduled in a release'];
const PARAMETER_NAMES = ['area', 'year', 'type', 'q', 'page', 'utm_source', 'area[]', ''];

const hostileText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '"] | *[_type == "profile"]{email}',
    '*',
    '") || true || ("',
    '$search',
    'drafts.publication-one',
    '\u0000',
    'x'.repeat(10_000),
    'Draft title',
    '%',
    '%E0%A4%A',
    '0',
    '-1',
    '1e3',
    '99999999999999999999',
    '9999',
  ),
);

// A query string built from raw parts, so it can hold invalid percent-encoding.
const hostileQuery = fc
  .array(fc.tuple(fc.constantFrom(...PARAMETER_NAMES), hostileText, fc.boolean()), { maxLength: 6 })
  .map((pairs) =>
    pairs
      .map(
        ([name, value, raw]) =>
          `${name}=${raw ? value.replace(/[#\s]/g, '') : encodeURIComponent(value)}`,
      )
      .join('&'),
  );

describe('GET /api/publications with hostile input', () => {
  beforeAll(() => {
    process.env.LOCAL_DATASET_PATH = path.join(__dirname, '..', 'fixtures', 'drafts.ndjson');
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  afterAll(() => {
    delete process.env.LOCAL_DATASET_PATH;
    jest.restoreAllMocks();
  });

  it('answers 200 or 400 and never shows a draft', async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuery, async (query) => {
        const response = await GET(new NextRequest(`http://127.0.0.1/api/publications?${query}`));
        expect([200, 400]).toContain(response.status);

        const body: unknown = await response.json();
        if (response.status === 400) {
          expect(body).toEqual({ error: expect.any(String), param: expect.any(String) });
          return;
        }
        // The result echoes its filters, so drafts are looked for in the listed publications.
        const publications = (body as ExplorerResult).groups.flatMap((group) => group.publications);
        for (const publication of publications) {
          expect(publication.id).toMatch(/^publication-[^.]+$/);
          expect(DRAFT_TITLES).not.toContain(publication.title);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
