'use client';

import { useHydrated } from '@/lib/use-hydrated';

/** Opens the browser's print dialog; the print stylesheet lays the CV out for paper. */
export function PrintButton() {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      className="button button--quiet"
      // Hidden but still taking its place, so the page does not shift when it appears.
      style={hydrated ? undefined : { visibility: 'hidden' }}
      onClick={() => window.print()}
    >
      Print
    </button>
  );
}
