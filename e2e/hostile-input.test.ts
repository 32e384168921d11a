import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import fc from 'fast-check';

import { baseUrl } from './browser.ts';
import { E2E_ENVIRONMENT } from './environment.ts';

// The served HTML routes that read the query string, fed a fixed list of known-bad values and a
// fixed-seed sample of generated ones. Every response must be a page (200), a page that explains
// a bad filter (400) or a not-found page (404), never a server error.
const ROUTES = ['/publications', '/cv', '/search'];
const PARAMETER_NAMES = ['area', 'year', 'type', 'q', 'view', 'page', 'area[]', ''];
const ACCEPTED = new Set([200, 400, 404]);

const KNOWN_BAD = [
  'q="] | *[_type == "profile"]{email}',
  'q=*',
  'q=%22)%20%7C%7C%20true%20%7C%7C%20(%22',
  'q=$search',
  'area=drafts.publication-mesa',
  'q=%00',
  'year=%00',
  `q=${'x'.repeat(10_000)}`,
  `area=${'a'.repeat(5_000)}`,
  'q=%',
  'q=%E0%A4%A',
  'area=%C0%AF',
  'year=2024&year=2024&year=2023&year=1',
  `${Array.from({ length: 200 }, (_, index) => `area=a${index}`).join('&')}`,
  'q=東京%20Москва%20Ångström',
  'view=short&view=full',
  'view=%3Cscript%3E',
  'type=conference&type=__proto__',
  'page=0',
  'page=-1',
  'page=1.5',
  'page=1e3',
  'page=0x10',
  'page=%00',
  'page=99999999999999999999999',
  'page=10001',
  'page=9999',
  'page=2&page=3',
  'page[]=2',
  'area=computer-architecture&page=2',
];

const hostileText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '*',
    '"',
    "'",
    '[',
    ']',
    '->',
    '$',
    '%',
    '%ZZ',
    '\u0000',
    '\uFFFF',
    '0',
    '-1',
    '2',
    '9999',
  ),
);

const hostileQuery = fc
  .array(fc.tuple(fc.constantFrom(...PARAMETER_NAMES), hostileText, fc.boolean()), { maxLength: 5 })
  .map((pairs) =>
    pairs
      .map(
        ([name, value, raw]) =>
          `${name}=${raw ? value.replace(/[#\s]/g, '') : encodeURIComponent(value)}`,
      )
      .join('&'),
  );

async function status(path: string): Promise<number> {
  const response = await fetch(baseUrl() + path);
  await response.arrayBuffer();
  return response.status;
}

describe('HTML routes with hostile query strings', () => {
  for (const route of ROUTES) {
    it(`${route} answers known-bad values with a page`, async () => {
      for (const query of KNOWN_BAD) {
        const code = await status(`${route}?${query}`);
        assert.ok(ACCEPTED.has(code), `${route}?${query.slice(0, 80)} answered ${code}`);
      }
    });

    it(`${route} answers generated values with a page`, async () => {
      const samples = fc.sample(hostileQuery, { numRuns: 60, seed: 8 });
      for (const query of samples) {
        const code = await status(`${route}?${query}`);
        assert.ok(ACCEPTED.has(code), `${route}?${query.slice(0, 80)} answered ${code}`);
      }
    });
  }

  it('rejects hostile publication slugs', async () => {
    for (const slug of [
      '%00',
      '..%2F..%2Fetc%2Fpasswd',
      '%E0%A4%A',
      '*',
      'x'.repeat(2_000),
      '%22%5D',
    ]) {
      const code = await status(`/publications/${slug}`);
      assert.ok(
        code === 404 || code === 400,
        `/publications/${slug.slice(0, 40)} answered ${code}`,
      );
    }
  });

  it('writes nothing to disk for unknown slugs', async () => {
    const serverFolder = path.join(
      import.meta.dirname,
      '..',
      E2E_ENVIRONMENT.NEXT_DIST_DIR,
      'server',
    );
    const filesBefore = readdirSync(serverFolder, { recursive: true }).length;

    for (let index = 0; index < 30; index += 1) {
      const section = ['publications', 'posts', 'research'][index % 3];
      const code = await status(`/${section}/invented-slug-${index}-${'x'.repeat(index * 20)}`);
      assert.equal(code, 404);
    }

    assert.equal(readdirSync(serverFolder, { recursive: true }).length, filesBefore);
  });

  it('rejects undecodable static paths', async () => {
    for (const path of ['/%E0%A4%A', '/%00', '/cv/%E0%A4%A', '/studio/%E0%A4%A']) {
      const code = await status(path);
      assert.ok(code === 404 || code === 400, `${path} answered ${code}`);
    }
  });
});
