import 'server-only';

import { createHmac, timingSafeEqual } from 'node:crypto';

import { decodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';

/** Sanity's webhook bodies are a small GROQ projection; anything larger is not from our webhook. */
export const MAX_WEBHOOK_BODY_BYTES = 64 * 1024;

/** Signatures older than this are rejected, so a captured request cannot be replayed later. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60 * 1000;

/** Clock difference allowed for a timestamp in the future. */
const MAX_CLOCK_SKEW_MS = 60 * 1000;

export type WebhookVerification =
  | { ok: true; body: string }
  | { ok: false; status: 401 | 413; reason: string };

/**
 * Checks a Sanity webhook request: the `sanity-webhook-signature` header must carry an HMAC-SHA256
 * of `<timestamp>.<body>` under `secret`, made within the last five minutes. The signature is
 * compared in constant time.
 */
export async function verifyWebhook(
  request: Request,
  secret: string,
  now: number = Date.now(),
): Promise<WebhookVerification> {
  const header = request.headers.get(SIGNATURE_HEADER_NAME);
  if (!header) {
    return { ok: false, status: 401, reason: `missing ${SIGNATURE_HEADER_NAME} header` };
  }

  // The header is checked before the body is read, so an unsigned request costs no memory.
  let timestamp: number;
  let signature: string;
  try {
    ({ timestamp, hashedPayload: signature } = decodeSignatureHeader(header));
  } catch {
    return { ok: false, status: 401, reason: 'malformed signature header' };
  }
  if (now - timestamp > MAX_SIGNATURE_AGE_MS || timestamp - now > MAX_CLOCK_SKEW_MS) {
    return {
      ok: false,
      status: 401,
      reason: `signature timestamp ${timestamp} is outside the allowed window`,
    };
  }

  const body = await readBody(request, MAX_WEBHOOK_BODY_BYTES);
  if (body === null) {
    return { ok: false, status: 413, reason: `body exceeds ${MAX_WEBHOOK_BODY_BYTES} bytes` };
  }

  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
  const received = Buffer.from(signature, 'base64url');
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) {
    return { ok: false, status: 401, reason: 'signature does not match the body' };
  }

  return { ok: true, body };
}

/**
 * Reads the body as UTF-8, or returns null as soon as it exceeds `maxBytes`, whatever the
 * Content-Length header claims: a chunked request has none.
 */
async function readBody(request: Request, maxBytes: number): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) {
    return null;
  }
  if (!request.body) {
    return '';
  }

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
