'use client';

import './globals.css';

import { useEffect } from 'react';

import { ServerErrorMessage } from '@/components/errors/ServerErrorMessage';
import { SiteFrame } from '@/components/layout/SiteFrame';
import { FALLBACK_SITE_NAME } from '@/lib/site';

type Props = { error: Error & { digest?: string }; retry: () => void };

/**
 * Replaces the whole document when the root layout or the site layout fails, for example when
 * the content source is down while a layout reads the profile. It cannot load content, so the
 * header shows the fallback site name and the footer no profile links.
 */
export default function GlobalError({ error, retry }: Props) {
  useEffect(() => {
    // The server logged the full error. The browser receives only the digest that identifies it.
    console.error('The site failed to render', error.digest ?? error.message);
  }, [error]);

  return (
    <html lang="en">
      <head>
        <title>{`Page could not be loaded · ${FALLBACK_SITE_NAME}`}</title>
      </head>
      <body>
        <SiteFrame siteName={FALLBACK_SITE_NAME} links={[]}>
          <ServerErrorMessage onRetry={retry} />
        </SiteFrame>
      </body>
    </html>
  );
}
