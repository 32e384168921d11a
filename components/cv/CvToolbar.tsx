import Link from 'next/link';

import type { CvView } from '@/lib/cv';

import { PrintButton } from './PrintButton';

/** Download, print and view links above the CV; hidden when printing. */
export function CvToolbar({ view }: { view: CvView }) {
  const query = view === 'short' ? '?view=short' : '';

  return (
    <nav className="cv-toolbar" aria-label="CV versions and downloads">
      <a className="button" href={`/cv.pdf${query}`} download>
        Download PDF
      </a>
      <PrintButton />
      {view === 'short' ? (
        <Link href="/cv">Full version</Link>
      ) : (
        <Link href="/cv?view=short">Short version (1–2 pages)</Link>
      )}
      <a href={`/cv.json${query}`}>JSON Resume</a>
    </nav>
  );
}
