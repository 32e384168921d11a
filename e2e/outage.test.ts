import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';

import { FakeContentLake } from '../__tests__/support/fake-content-lake.ts';
import { E2E_REVALIDATE_SECRET } from './environment.ts';
import { type StartedServer, startServer } from './server.ts';

// sanity/lib/fetch.ts CONTENT_LAKE_TIMEOUT_MS; the test allows the server 3 s on top.
const CONTENT_LAKE_TIMEOUT_MS = 5000;
const DATASET = path.join(import.meta.dirname, '..', 'sanity', 'dataset', 'production.ndjson');

// The fetch cache in .next-e2e outlives a run, so each run searches for text of its own.
const runId = randomUUID().slice(0, 8);
const searchUrl = (label: string) => `/api/publications?q=outage-${runId}-${label}`;

let lake: FakeContentLake;
let server: StartedServer;

before(async () => {
  lake = new FakeContentLake();
  for (const line of readFileSync(DATASET, 'utf8').split('\n')) {
    if (line.trim()) {
      const document = JSON.parse(line) as { _id: string; _type: string };
      lake.documents.set(document._id, document);
    }
  }
  const apiHost = await lake.start();

  // The same build as the other tests, but served from the stand-in Content Lake: without
  // LOCAL_DATASET_PATH the build's project ID selects the hosted source, and SANITY_API_HOST
  // sends its queries to 127.0.0.1.
  server = await startServer({ ...process.env, LOCAL_DATASET_PATH: '', SANITY_API_HOST: apiHost });
});

after(async () => {
  await server?.stop();
  await lake?.stop();
});

async function get(
  route: string,
): Promise<{ status: number; retryAfter: string | null; ms: number }> {
  const started = performance.now();
  const response = await fetch(server.baseUrl + route);
  await response.arrayBuffer();
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    ms: performance.now() - started,
  };
}

async function publishWebhook(): Promise<void> {
  const body = JSON.stringify({ _type: 'publication', _id: 'publication-mesa' });
  const response = await fetch(`${server.baseUrl}/api/revalidate`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), E2E_REVALIDATE_SECRET),
    },
  });
  assert.equal(response.status, 200);
}

describe('a Content Lake outage', () => {
  it('serves pages and the JSON route from the stand-in while it answers', async () => {
    lake.mode = 'ok';
    const before = lake.queryCount;

    assert.equal((await get(searchUrl('kept'))).status, 200);
    assert.equal((await get(`/publications?q=outage-${runId}-kept`)).status, 200);
    assert.ok(lake.queryCount > before, 'the server did not query the stand-in');
  });

  it('keeps serving the last good content after a publish invalidated it', async () => {
    lake.mode = 'error';
    // The webhook expires the cached results at once, so the next request must query again.
    await publishWebhook();

    assert.equal((await get(searchUrl('kept'))).status, 200);
    assert.equal((await get(`/publications?q=outage-${runId}-kept`)).status, 200);
  });

  it('answers 503 with Retry-After for content it never had', async () => {
    lake.mode = 'error';

    const response = await get(searchUrl('new'));

    assert.equal(response.status, 503);
    assert.equal(response.retryAfter, '30');
  });

  it('gives up on a host that hangs within the timeout', async () => {
    lake.mode = 'hang';

    const response = await get(searchUrl('hang'));

    assert.equal(response.status, 503);
    // The explorer queries in two rounds: the research areas and the publications to leave out,
    // then the list and the facet rows. The webhook above expired the second of the first round,
    // so each round waits for one timeout.
    const limitMs = 2 * CONTENT_LAKE_TIMEOUT_MS + 3000;
    assert.ok(response.ms < limitMs, `took ${Math.round(response.ms)} ms`);
  });

  it('answers 503 when the host refuses connections, and logs every failure by query', async () => {
    await lake.stop();

    assert.equal((await get(searchUrl('refused'))).status, 503);
    assert.match(server.output(), /"queryName":"explorer(Publications|FacetRows)Query"/);
    assert.match(server.output(), /serving the last good result/);
  });
});
