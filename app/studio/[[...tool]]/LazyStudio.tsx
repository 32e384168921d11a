'use client';

import { type ComponentType, useEffect, useState } from 'react';

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; Studio: ComponentType }
  | { status: 'failed' };

/**
 * Loads the Studio's JavaScript (over a megabyte) in the browser only when this renders, so the
 * /studio set-up notice shown without a project does not download it.
 */
export function LazyStudio() {
  const [state, setState] = useState<LoadState>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    import('./Studio').then(
      (module) => {
        if (active) setState({ status: 'ready', Studio: module.Studio });
      },
      (error: unknown) => {
        console.error('The Studio failed to load', error);
        if (active) setState({ status: 'failed' });
      },
    );
    return () => {
      active = false;
    };
  }, []);

  if (state.status === 'failed') {
    return (
      <p role="alert">The Studio failed to load. Check your connection and reload the page.</p>
    );
  }
  return state.status === 'ready' ? <state.Studio /> : null;
}
