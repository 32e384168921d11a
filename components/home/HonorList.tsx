import type { Honor } from '@/lib/content-types';

export function HonorList({ honors }: { honors: readonly Honor[] }) {
  if (honors.length === 0) {
    return null;
  }

  return (
    <section aria-labelledby="honors-heading">
      <h2 id="honors-heading">Awards and honors</h2>
      <ul className="dated-list">
        {honors.map((honor) => (
          <li key={honor.id}>
            <span className="dated-list__date">{honor.years}</span>
            <span>{honor.title}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
