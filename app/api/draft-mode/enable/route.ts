import { NextResponse } from 'next/server';
import { defineEnableDraftMode } from 'next-sanity/draft-mode';

import { createPublishedClient } from '@/sanity/lib/client';
import { sanityProject } from '@/sanity/lib/env';
import { readToken } from '@/sanity/lib/token';

// The Presentation tool calls this with a preview secret that it stored in the dataset.
// defineEnableDraftMode checks the secret against the Content Lake with the Viewer token.
const enableDraftMode =
  sanityProject && readToken
    ? defineEnableDraftMode({
        client: createPublishedClient(sanityProject).withConfig({ token: readToken }),
      })
    : null;

export function GET(request: Request) {
  if (!enableDraftMode) {
    console.warn('[draft-mode] Enable rejected: no Sanity project or SANITY_API_READ_TOKEN set.');
    return NextResponse.json(
      {
        error:
          'Draft mode needs a Sanity project and a Viewer token: set NEXT_PUBLIC_SANITY_PROJECT_ID, NEXT_PUBLIC_SANITY_DATASET and SANITY_API_READ_TOKEN.',
      },
      { status: 404 },
    );
  }
  return enableDraftMode.GET(request);
}
