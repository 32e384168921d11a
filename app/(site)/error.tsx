'use client';

import { useEffect } from 'react';

type Props = { error: Error & { digest?: string }; reset: () => void };

export default function ErrorPage({ error, reset }: Props) {
  useEffect(() => {
    // The server logged the full error. The browser receives only the digest that identifies it.
    console.error('Page failed to render', error.digest ?? error.message);
  }, [error]);

  return (
    <div className="empty-state" role="alert">
      <h1>This page could not be loaded</h1>
      <p>Something went wrong on our side. Try again in a moment.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
