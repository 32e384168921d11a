/** @jest-environment node */
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { revalidateTag } from 'next/cache';
import { NextRequest } from 'next/server';

import * as route from '@/app/api/revalidate/route';
import { CACHE_TAGS } from '@/sanity/lib/cache-tags';
import { MAX_SIGNATURE_AGE_MS, MAX_WEBHOOK_BODY_BYTES } from '@/sanity/lib/webhook';

jest.mock('next/cache', () => ({ revalidateTag: jest.fn() }));

const SECRET = 'test-webhook-secret';
const body = JSON.stringify({ _type: 'researchArea', _id: 'researchArea-computer-architecture' });

function post(payload: string, signature: string | null) {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (signature !== null) headers.set(SIGNATURE_HEADER_NAME, signature);
  return route.POST(
    new NextRequest('http://127.0.0.1/api/revalidate', { method: 'POST', body: payload, headers }),
  );
}

beforeEach(() => {
  process.env.SANITY_REVALIDATE_SECRET = SECRET;
  jest.mocked(revalidateTag).mockClear();
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  delete process.env.SANITY_REVALIDATE_SECRET;
  jest.restoreAllMocks();
});

describe('POST /api/revalidate', () => {
  it('invalidates the tags of the type and its dependents for a valid signature', async () => {
    const response = await post(body, await encodeSignatureHeader(body, Date.now(), SECRET));

    expect(response.status).toBe(200);
    const expected = [CACHE_TAGS.researchAreas, CACHE_TAGS.publications, CACHE_TAGS.posts];
    expect(await response.json()).toEqual({
      revalidated: true,
      documentType: 'researchArea',
      tags: expected,
    });
    expect(jest.mocked(revalidateTag).mock.calls).toEqual(
      expected.map((tag) => [tag, { expire: 0 }]),
    );
    expect(console.info).toHaveBeenCalledTimes(1);
  });

  it('rejects a missing signature', async () => {
    const response = await post(body, null);
    expect(response.status).toBe(401);
    expect(revalidateTag).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringContaining('missing sanity-webhook-signature'),
    );
  });

  it('rejects a signature made with another secret', async () => {
    const response = await post(
      body,
      await encodeSignatureHeader(body, Date.now(), 'wrong-secret'),
    );
    expect(response.status).toBe(401);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('rejects a body changed after signing', async () => {
    const signature = await encodeSignatureHeader(body, Date.now(), SECRET);
    const response = await post(body.replace('researchArea', 'honor'), signature);
    expect(response.status).toBe(401);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('rejects a stale timestamp', async () => {
    const signedAt = Date.now() - MAX_SIGNATURE_AGE_MS - 1000;
    const response = await post(body, await encodeSignatureHeader(body, signedAt, SECRET));
    expect(response.status).toBe(401);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('rejects a malformed signature header', async () => {
    const response = await post(body, 'not-a-signature');
    expect(response.status).toBe(401);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('rejects an oversized body', async () => {
    const large = JSON.stringify({ _type: 'post', padding: 'x'.repeat(MAX_WEBHOOK_BODY_BYTES) });
    const response = await post(large, await encodeSignatureHeader(large, Date.now(), SECRET));
    expect(response.status).toBe(413);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('stops reading a chunked body at the limit', async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Far more than the limit, so reading it all would show in `sent`.
        if (sent > 100 * MAX_WEBHOOK_BODY_BYTES) return controller.close();
        sent += 16 * 1024;
        controller.enqueue(new Uint8Array(16 * 1024));
      },
    });
    const signature = await encodeSignatureHeader(body, Date.now(), SECRET);
    const request = new NextRequest('http://127.0.0.1/api/revalidate', {
      method: 'POST',
      body: stream,
      headers: { [SIGNATURE_HEADER_NAME]: signature },
      duplex: 'half',
    } as ConstructorParameters<typeof NextRequest>[1]);

    const response = await route.POST(request);

    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'The request body is too large.' });
    expect(sent).toBeLessThan(2 * MAX_WEBHOOK_BODY_BYTES);
  });

  it('checks the signature header before reading the body', async () => {
    const response = await post('x'.repeat(MAX_WEBHOOK_BODY_BYTES * 2), 't=1,v1=');
    expect(response.status).toBe(401);
  });

  it('treats a blank secret as none', async () => {
    process.env.SANITY_REVALIDATE_SECRET = '   ';
    const response = await post(body, await encodeSignatureHeader(body, Date.now(), '   '));
    expect(response.status).toBe(500);
  });

  it('answers 400 for a signed body without _type', async () => {
    const payload = JSON.stringify({ _id: 'x' });
    const response = await post(payload, await encodeSignatureHeader(payload, Date.now(), SECRET));
    expect(response.status).toBe(400);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('answers 500 and logs when no secret is configured', async () => {
    delete process.env.SANITY_REVALIDATE_SECRET;
    const response = await post(body, await encodeSignatureHeader(body, Date.now(), SECRET));
    expect(response.status).toBe(500);
    expect(console.error).toHaveBeenCalledTimes(1);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('exports no handler for other methods, so Next.js answers 405', () => {
    expect(Object.keys(route)).toEqual(['POST']);
  });
});
