'use client';

import { useHydrated } from '@/lib/use-hydrated';

/** Opens the browser's print dialog; the print stylesheet lays the CV out for paper. */
export function PrintButton() {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      className={hydrated ? 'button button--quiet' : 'button button--quiet button--pending'}
      onClick={() => window.print()}
    >
      Print
    </button>
  );
}
