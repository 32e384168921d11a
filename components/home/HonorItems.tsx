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
