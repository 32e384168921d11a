'use client';

import { useState } from 'react';

type Props = { title: string; embedUrl: string; watchUrl: string; providerName: string };

/**
 * Shows a play button in place of the video host's player, and loads the player in an iframe
 * only after a press, so no request reaches the host before the visitor requests the video.
 * The link to the host's page also works without JavaScript.
 */
export function VideoPlayer({ title, embedUrl, watchUrl, providerName }: Props) {
  const [playing, setPlaying] = useState(false);
  const separator = embedUrl.includes('?') ? '&' : '?';

  return (
    <figure className="video">
      <div className="video__frame">
        {playing ? (
          <iframe
            // The play button disappears on press, so focus moves to the player that replaces it.
            ref={(frame) => frame?.focus()}
            src={`${embedUrl}${separator}autoplay=1`}
            title={title}
            allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
            // YouTube's player may refuse some videos when the request has no Referer, so the
            // frame sends this site's origin even if the page's own policy changes.
            referrerPolicy="strict-origin-when-cross-origin"
          />
        ) : (
          <button type="button" className="video__play" onClick={() => setPlaying(true)}>
            <span aria-hidden="true">▶</span> Play video: {title}
          </button>
        )}
      </div>
      <figcaption className="video__caption">
        {playing ? null : `Pressing play loads the player from ${providerName}. `}
        <a href={watchUrl} rel="noopener noreferrer">
          Watch on {providerName}
        </a>
      </figcaption>
    </figure>
  );
}
