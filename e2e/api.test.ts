import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { type APIRequestContext, request } from 'playwright-core';

import { baseUrl } from './browser.ts';
import { E2E_REVALIDATE_SECRET } from './environment.ts';

let api: APIRequestContext;

before(async () => {
  api = await request.newContext({ baseURL: baseUrl() });
});

after(async () => {
  await api.dispose();
});

describe('publish webhook', () => {
  const body = JSON.stringify({ _type: 'researchArea', _id: 'researchArea-computer-architecture' });

  it('invalidates tags for a signed request', async () => {
    const signature = await encodeSignatureHeader(body, Date.now(), E2E_REVALIDATE_SECRET);
    const response = await api.post('/api/revalidate', {
      data: body,
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
    });
    assert.equal(response.status(), 200);
    assert.deepEqual(await response.json(), {
      revalidated: true,
      documentType: 'researchArea',
      tags: ['research-areas', 'publications', 'posts'],
    });
  });

  it('rejects an unsigned request', async () => {
    const response = await api.post('/api/revalidate', {
      data: body,
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(response.status(), 401);
  });

  it('rejects other methods', async () => {
    const response = await api.get('/api/revalidate');
    assert.equal(response.status(), 405);
  });
});

describe('draft mode', () => {
  it('cannot be enabled without a read token', async () => {
    const response = await api.get('/api/draft-mode/enable?sanity-preview-secret=guess');
    assert.equal(response.status(), 404);
  });

  it('leaves draft mode to a path on the site only', async () => {
    const response = await api.get('/api/draft-mode/disable?redirect=//evil.example', {
      maxRedirects: 0,
    });
    assert.equal(response.status(), 307);
    assert.equal(response.headers().location, '/');
  });
});
