import Link from 'next/link';

import type { ResearchAreaOverview } from '@/lib/content-types';
import { formatCount } from '@/lib/plural';

/** Lists research areas with their topics, description and how much work each holds. */
export function AreaOverviewList({ areas }: { areas: readonly ResearchAreaOverview[] }) {
  return (
    <ul className="area-overview">
      {areas.map((area) => (
        <li key={area.id}>
          <h2>
            <Link href={area.href}>{area.title}</Link>
          </h2>
          <p className="area-overview__counts">
            {formatCount(area.publicationCount, 'publication')}
            {area.postCount > 0 ? ` · ${formatCount(area.postCount, 'post')}` : null}
          </p>
          {area.topics.length > 0 ? (
            <p className="area-overview__topics">Topics: {area.topics.join(', ')}</p>
          ) : null}
          {area.description ? <p>{area.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}
