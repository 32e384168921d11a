import { revalidateTag } from 'next/cache';
import { type NextRequest, NextResponse } from 'next/server';

import { tagsForDocumentType } from '@/sanity/lib/cache-tags';
import { verifyWebhook } from '@/sanity/lib/webhook';

/**
 * Receives Sanity's GROQ-powered webhook on publish, unpublish and delete, with the projection
 * `{_type, _id}`, and invalidates the cache tags of the changed document type at once.
 */
export async function POST(request: NextRequest) {
  const secret = process.env.SANITY_REVALIDATE_SECRET?.trim();
  if (!secret) {
    console.error('[revalidate] SANITY_REVALIDATE_SECRET is not set; rejected the webhook.');
    return NextResponse.json(
      { error: 'The server has no webhook secret configured.' },
      { status: 500 },
    );
  }

  const verification = await verifyWebhook(request, secret);
  if (!verification.ok) {
    console.warn(`[revalidate] Rejected webhook (${verification.status}): ${verification.reason}`);
    const error =
      verification.status === 413 ? 'The request body is too large.' : 'Invalid webhook signature.';
    return NextResponse.json({ error }, { status: verification.status });
  }

  const document = parseDocument(verification.body);
  if (!document) {
    console.warn('[revalidate] Rejected webhook (400): body has no string _type');
    return NextResponse.json(
      {
        error:
          'The webhook body must be JSON with a string _type; use the projection {_type, _id}.',
      },
      { status: 400 },
    );
  }

  const tags = tagsForDocumentType(document.type);
  for (const tag of tags) {
    revalidateTag(tag, { expire: 0 });
  }
  console.info(
    `[revalidate] ${document.type} ${document.id ?? '(no _id)'} invalidated ${tags.join(', ')}`,
  );
  return NextResponse.json({ revalidated: true, documentType: document.type, tags });
}

function parseDocument(body: string): { type: string; id: string | null } | null {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || !('_type' in value)) {
    return null;
  }
  const { _type, _id } = value as { _type: unknown; _id?: unknown };
  return typeof _type === 'string' && _type !== ''
    ? { type: _type, id: typeof _id === 'string' ? _id : null }
    : null;
}
