import type { MediaMention } from '@/lib/content-types';

/** Lists media coverage with year and outlet; a headline links out only when it has a URL. */
export function MediaItems({ mentions }: { mentions: readonly MediaMention[] }) {
  return (
    <ul className="dated-list">
      {mentions.map((mention) => (
        <li key={mention.id}>
          <span className="dated-list__date">{mention.year ?? ''}</span>
          <span>
            {mention.url ? (
              <a href={mention.url} rel="noopener noreferrer">
                {mention.headline}
              </a>
            ) : (
              mention.headline
            )}
            {mention.outlet ? (
              <span className="dated-list__source"> · {mention.outlet}</span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
