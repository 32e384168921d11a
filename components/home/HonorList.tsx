import Link from 'next/link';

import type { Honor } from '@/lib/content-types';

/** Lists honors with their years, newest first as the content layer orders them. */
export function HonorItems({ honors }: { honors: readonly Honor[] }) {
  return (
    <ul className="dated-list">
      {honors.map((honor) => (
        <li key={honor.id}>
          <span className="dated-list__date">{honor.years}</span>
          <span>{honor.title}</span>
        </li>
      ))}
    </ul>
  );
}

/** The home page's honors section, linking to the honors page. */
export function HonorList({ honors }: { honors: readonly Honor[] }) {
  if (honors.length === 0) {
    return null;
  }

  return (
    <section aria-labelledby="honors-heading">
      <h2 id="honors-heading">Awards and honors</h2>
      <HonorItems honors={honors} />
      <p>
        <Link href="/honors">All awards and honors →</Link>
      </p>
    </section>
  );
}
