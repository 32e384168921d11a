import type { BadgeView } from '@/lib/content-types';

/** Renders badges such as "Oral Presentation"; the kind only selects the badge's color. */
export function BadgeList({ badges }: { badges: readonly BadgeView[] }) {
  if (badges.length === 0) {
    return null;
  }

  return (
    <ul className="badges" aria-label="Recognition">
      {badges.map((badge) => (
        <li key={badge.key} className={`badge badge--${badge.kind}`}>
          {badge.label}
        </li>
      ))}
    </ul>
  );
}
