import type { YearGroup } from '@/lib/content-types';
import { formatCount, formatInteger } from '@/lib/plural';

import { PublicationCard } from './PublicationCard';

/**
 * Lists publications under one heading per year, newest year first. A heading gives the number of
 * the year's publications in the whole list, and how many of them the group lists when it contains
 * only part of the year. It marks a year that began on an earlier page as continued.
 */
export function PublicationYearGroups({ groups }: { groups: readonly YearGroup[] }) {
  return (
    <>
      {groups.map((group) => (
        <section key={group.year} className="year-group" aria-labelledby={`year-${group.year}`}>
          <h2 id={`year-${group.year}`} className="year-group__heading">
            {group.year}
            {group.continued ? ' (continued)' : null}
            <span className="year-group__count"> · {yearGroupCount(group)}</span>
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

/** Returns "12 publications", or "30 of 120 publications" for a group with part of its year. */
export function yearGroupCount(group: YearGroup): string {
  const total = formatCount(group.yearTotal, 'publication');
  const listedCount = group.publications.length;
  return listedCount < group.yearTotal ? `${formatInteger(listedCount)} of ${total}` : total;
}
