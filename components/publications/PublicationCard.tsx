import Link from 'next/link';

import type { PublicationSummary } from '@/lib/content-types';

import { AuthorList } from './AuthorList';
import { BadgeList } from './BadgeList';
import { LinkList } from './LinkList';

type Props = {
  publication: PublicationSummary;
  /** Heading level of the title, so the card fits the outline of the page it is on. */
  headingLevel?: 'h2' | 'h3';
};

export function PublicationCard({ publication, headingLevel = 'h3' }: Props) {
  const Heading = headingLevel;
  const venue = [publication.venue?.label, publication.year].filter(Boolean).join(' ');

  return (
    <article className="publication" aria-labelledby={`title-${publication.slug}`}>
      <Heading className="publication__title" id={`title-${publication.slug}`}>
        <Link href={publication.href}>{publication.title}</Link>
      </Heading>
      <p className="publication__meta">
        <span className="publication__venue" title={publication.venue?.fullName ?? undefined}>
          {venue}
        </span>
        {/* A space, so copied text and screen readers do not run venue and type together. */}
        {publication.typeLabel ? (
          <>
            {' '}
            <span className="publication__type">{publication.typeLabel}</span>
          </>
        ) : null}
      </p>
      <AuthorList authors={publication.authors} truncated={publication.authorListTruncated} />
      <BadgeList badges={publication.badges} />
      <LinkList links={publication.links} />
    </article>
  );
}
