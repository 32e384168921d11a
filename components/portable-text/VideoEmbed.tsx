import { isSafeUrl } from '@/lib/format';
import { parseVideoUrl } from '@/sanity/schemaTypes/video-hosts';

import { VideoPlayer } from './VideoPlayer';

/**
 * Renders a `videoEmbed` block. A YouTube or Vimeo address gets a player that loads from the
 * host only when pressed; any other address is never embedded and becomes a plain link.
 */
export function VideoEmbed({ value }: { value: { url?: unknown; title?: unknown } }) {
  const url = typeof value.url === 'string' ? value.url : '';
  const title =
    typeof value.title === 'string' && value.title.trim() !== '' ? value.title.trim() : 'Video';

  const video = parseVideoUrl(url);
  if (video) {
    return (
      <VideoPlayer
        title={title}
        embedUrl={video.embedUrl}
        watchUrl={video.watchUrl}
        providerName={video.providerName}
      />
    );
  }

  return (
    <p className="video-link">
      {isSafeUrl(url) ? (
        <a href={url} rel="noopener noreferrer">
          {title}
        </a>
      ) : (
        title
      )}
    </p>
  );
}
