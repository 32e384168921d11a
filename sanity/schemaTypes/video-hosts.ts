/**
 * Video hosts that post bodies may embed, shared by the schema's validation and the site's
 * renderer. This module imports nothing, so app code can use it without loading Sanity.
 */

export type VideoProvider = 'youtube' | 'vimeo';

export type ParsedVideo = {
  provider: VideoProvider;
  /** Provider name for link text, e.g. "YouTube". */
  providerName: string;
  id: string;
  /** Player address on the provider's privacy-enhanced host, for an iframe. */
  embedUrl: string;
  /** Address of the video's own page on the provider. */
  watchUrl: string;
};

// YouTube video ids are 11 characters from the URL-safe base64 alphabet.
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d+$/;
// Unlisted Vimeo videos carry a privacy hash after the id: vimeo.com/123456/abcdef1234.
const VIMEO_HASH = /^[A-Za-z0-9]+$/;

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com']);
const YOUTUBE_EMBED_HOSTS = new Set(['youtube-nocookie.com', 'www.youtube-nocookie.com']);

/**
 * Parses a YouTube or Vimeo address (watch, short, embed or player form) into its provider and
 * video id. Returns null for any other host or scheme, or for an address without a valid id.
 */
export function parseVideoUrl(address: string): ParsedVideo | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return null;
  }

  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter((segment) => segment !== '');

  if (YOUTUBE_HOSTS.has(host)) {
    const id =
      segments[0] === 'watch'
        ? url.searchParams.get('v')
        : segments[0] === 'embed' || segments[0] === 'shorts' || segments[0] === 'live'
          ? segments[1]
          : null;
    return youtube(id);
  }
  if (host === 'youtu.be') {
    return youtube(segments[0]);
  }
  if (YOUTUBE_EMBED_HOSTS.has(host) && segments[0] === 'embed') {
    return youtube(segments[1]);
  }
  if (host === 'vimeo.com' || host === 'www.vimeo.com') {
    return vimeo(segments[0], segments[1] ?? url.searchParams.get('h'));
  }
  if (host === 'player.vimeo.com' && segments[0] === 'video') {
    return vimeo(segments[1], url.searchParams.get('h'));
  }
  return null;
}

function youtube(id: string | null | undefined): ParsedVideo | null {
  if (!id || !YOUTUBE_ID.test(id)) {
    return null;
  }
  return {
    provider: 'youtube',
    providerName: 'YouTube',
    id,
    embedUrl: `https://www.youtube-nocookie.com/embed/${id}`,
    watchUrl: `https://www.youtube.com/watch?v=${id}`,
  };
}

function vimeo(id: string | undefined, hash: string | null | undefined): ParsedVideo | null {
  if (!id || !VIMEO_ID.test(id)) {
    return null;
  }
  const privateHash = hash && VIMEO_HASH.test(hash) ? hash : null;
  // dnt=1 blocks the player from tracking session data, cookies included (the `dnt` parameter of
  // Vimeo's embed options, as amp.dev's amp-vimeo documentation describes it).
  const embedQuery = privateHash ? `?h=${privateHash}&dnt=1` : '?dnt=1';
  return {
    provider: 'vimeo',
    providerName: 'Vimeo',
    id,
    embedUrl: `https://player.vimeo.com/video/${id}${embedQuery}`,
    watchUrl: `https://vimeo.com/${id}${privateHash ? `/${privateHash}` : ''}`,
  };
}

/**
 * Origins of the players that embedUrl points to. security-headers.js lists the same origins in
 * the Content-Security-Policy's frame-src.
 */
export const VIDEO_PLAYER_ORIGINS = [
  'https://www.youtube-nocookie.com',
  'https://player.vimeo.com',
];
