'use client';

import { useEffect } from 'react';

import { ServerErrorMessage } from '@/components/errors/ServerErrorMessage';

type Props = { error: Error & { digest?: string }; retry: () => void };

// Next.js renders this in place of a page under app/(site) that failed, inside the site layout,
// so the header and navigation stay.
export default function ErrorPage({ error, retry }: Props) {
  useEffect(() => {
    // The server logged the full error. The browser receives only the digest that identifies it.
    console.error('Page failed to render', error.digest ?? error.message);
  }, [error]);

  // React moves the <title> into <head>. It names the page when the failure also stopped the
  // page's metadata, as a failed content query does.
  return (
    <>
      <title>Page could not be loaded</title>
      <ServerErrorMessage onRetry={retry} />
    </>
  );
}
