'use client';

import './globals.css';

import { useEffect } from 'react';

type Props = { error: Error & { digest?: string }; reset: () => void };

/**
 * Replaces the whole document when the root layout itself fails, for example when the content
 * source is down while the layout reads the profile. It cannot load content, so it names none.
 */
export default function GlobalError({ error, reset }: Props) {
  useEffect(() => {
    // The server logged the full error. The browser receives only the digest that identifies it.
    console.error('The site failed to render', error.digest ?? error.message);
  }, [error]);

  return (
    <html lang="en">
      <body>
        <main id="main" className="container">
          <div className="empty-state" role="alert">
            <h1>This site could not be loaded</h1>
            <p>Something went wrong on our side. Try again in a moment.</p>
            <p>
              <button type="button" className="button" onClick={reset}>
                Try again
              </button>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
