import Link from 'next/link';

import type { PublicationVersionView } from '@/lib/content-types';

/**
 * Renders the other versions of the work as one line of links, such as "Other versions:
 * preprint (arXiv 2023), conference (ISCA 2024)"; renders nothing when there are none.
 */
export function VersionList({ versions }: { versions: readonly PublicationVersionView[] }) {
  if (versions.length === 0) {
    return null;
  }

  return (
    <p className="publication__versions">
      Other versions:{' '}
      {versions.map((version, index) => (
        <span key={version.id}>
          {index > 0 ? ', ' : null}
          <Link href={version.href} title={version.title}>
            {version.label}
          </Link>
        </span>
      ))}
    </p>
  );
}
