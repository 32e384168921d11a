import Link from 'next/link';

import { PublicationCard } from '@/components/publications/PublicationCard';
import type { PublicationSummary } from '@/lib/content-types';

export function FeaturedPublications({
  publications,
}: {
  publications: readonly PublicationSummary[];
}) {
  if (publications.length === 0) {
    return null;
  }

  return (
    <section aria-labelledby="featured-heading">
      <h2 id="featured-heading">Selected publications</h2>
      <ol className="publication-list">
        {publications.map((publication) => (
          <li key={publication.id}>
            <PublicationCard publication={publication} />
          </li>
        ))}
      </ol>
      <p>
        <Link href="/publications">All publications →</Link>
      </p>
    </section>
  );
}
