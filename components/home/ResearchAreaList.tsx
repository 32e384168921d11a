import Link from 'next/link';

import type { ResearchArea } from '@/lib/content-types';

export function ResearchAreaList({ areas }: { areas: readonly ResearchArea[] }) {
  if (areas.length === 0) {
    return null;
  }

  return (
    <section aria-labelledby="areas-heading">
      <h2 id="areas-heading">Research areas</h2>
      <ul className="area-list">
        {areas.map((area) => (
          <li key={area.id}>
            <Link href={`/publications?area=${encodeURIComponent(area.slug)}`}>{area.title}</Link>
            {area.topics.length > 0 ? (
              <span className="area-list__topics"> · {area.topics.join(', ')}</span>
            ) : null}
            {area.description ? <p>{area.description}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
