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

  const declaredLength = Number(request.headers.get('content-length') ?? 0);
  if (declaredLength > MAX_WEBHOOK_BODY_BYTES) {
    return { ok: false, status: 413, reason: `body of ${declaredLength} bytes exceeds the limit` };
  }
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_WEBHOOK_BODY_BYTES) {
    return { ok: false, status: 413, reason: 'body exceeds the limit' };
  }

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

  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
  const received = Buffer.from(signature, 'base64url');
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) {
    return { ok: false, status: 401, reason: 'signature does not match the body' };
  }

  return { ok: true, body };
}
