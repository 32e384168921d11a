import type { YearGroup } from '@/lib/content-types';

import { PublicationCard } from './PublicationCard';

/** Lists publications under one heading per year, newest year first. */
export function PublicationYearGroups({ groups }: { groups: readonly YearGroup[] }) {
  return (
    <>
      {groups.map((group) => (
        <section key={group.year} className="year-group" aria-labelledby={`year-${group.year}`}>
          <h2 id={`year-${group.year}`} className="year-group__heading">
            {group.year}
            <span className="year-group__count">
              {' '}
              · {group.publications.length}{' '}
              {group.publications.length === 1 ? 'publication' : 'publications'}
            </span>
          </h2>
          <ol className="publication-list">
            {group.publications.map((publication) => (
              <li key={publication.id}>
                <PublicationCard publication={publication} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
