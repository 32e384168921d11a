import Link from 'next/link';

import type { TimelineEntry, TimelineYear } from '@/lib/timeline';

const KIND_LABELS: Record<TimelineEntry['kind'], string> = {
  honor: 'Honor',
  media: 'Media',
};

/**
 * Renders the home page's honors and media coverage: one heading per year, newest first, with
 * links to the full honors and media pages.
 */
export function HonorsMediaTimeline({ years }: { years: readonly TimelineYear[] }) {
  if (years.length === 0) {
    return null;
  }

  return (
    <section aria-labelledby="timeline-heading" className="timeline">
      <h2 id="timeline-heading">Honors and media coverage</h2>
      <ol className="timeline__years">
        {years.map(({ year, entries }) => (
          <li key={year ?? 'undated'}>
            <h3 className="timeline__year">{year ?? 'Undated'}</h3>
            <ul className="timeline__entries">
              {entries.map((entry) => (
                <li key={entry.id}>
                  <span className={`timeline__kind timeline__kind--${entry.kind}`}>
                    {KIND_LABELS[entry.kind]}
                  </span>{' '}
                  <TimelineText entry={entry} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <p className="timeline__more">
        <Link href="/honors">All awards and honors →</Link>{' '}
        <Link href="/media">All media coverage →</Link>
      </p>
    </section>
  );
}

function TimelineText({ entry }: { entry: TimelineEntry }) {
  const details = [entry.source, entry.span].filter((value) => value !== null).join(', ');
  return (
    <span>
      {entry.url ? (
        <a href={entry.url} rel="noopener noreferrer">
          {entry.title}
        </a>
      ) : (
        entry.title
      )}
      {details ? <span className="timeline__source"> · {details}</span> : null}
    </span>
  );
}
