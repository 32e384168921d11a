'use client';

/** Opens the browser's print dialog; the print stylesheet lays the CV out for paper. */
export function PrintButton() {
  return (
    <button type="button" className="button button--quiet" onClick={() => window.print()}>
      Print
    </button>
  );
}
