// @ts-check
// Response headers for every route, read by next.config.js. Public pages allow scripts from this
// origin only. The Studio at /studio gets its own, wider policy, because it loads Sanity's bridge
// script and calls Sanity's API from the browser.

/** Origins of the YouTube and Vimeo players that post bodies embed. */
const VIDEO_FRAME_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'];

/**
 * @param {{ projectId: string | undefined, development: boolean }} options
 * @returns {{ source: string, headers: { key: string, value: string }[] }[]}
 */
function securityHeaders({ projectId, development }) {
  // Next.js inlines small bootstrap scripts, so 'unsafe-inline' stays unless every page used a
  // nonce, which would make each page render per request. Development also needs eval for
  // React Refresh.
  const scriptSource = ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])];
  const sanityApi = projectId
    ? [`https://${projectId}.api.sanity.io`, `https://${projectId}.apicdn.sanity.io`]
    : [];

  const publicPolicy = [
    "default-src 'self'",
    `script-src ${scriptSource.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https://cdn.sanity.io",
    "font-src 'self'",
    `connect-src ${["'self'", ...sanityApi].join(' ')}`,
    // The video player in post bodies, loaded only when a visitor presses play. A unit test checks
    // that this list equals VIDEO_PLAYER_ORIGINS in sanity/schemaTypes/video-hosts.ts.
    `frame-src ${VIDEO_FRAME_ORIGINS.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Only the Studio's Presentation tool, on this origin, may show the site in a frame.
    "frame-ancestors 'self'",
  ].join('; ');

  const studioPolicy = [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval' https://core.sanity-cdn.com",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://cdn.sanity.io https://*.sanity.io",
    "font-src 'self' data: https://design-system-static.sanity.io",
    "connect-src 'self' https://*.sanity.io wss://*.sanity.io https://core.sanity-cdn.com",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');

  const common = [
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    },
  ];

  return [
    {
      source: '/:path*',
      headers: [...common, { key: 'Content-Security-Policy', value: publicPolicy }],
    },
    // Listed last: for the same header, Next.js sends the value of the last matching rule.
    {
      source: '/studio/:path*',
      headers: [{ key: 'Content-Security-Policy', value: studioPolicy }],
    },
    { source: '/studio', headers: [{ key: 'Content-Security-Policy', value: studioPolicy }] },
  ];
}

module.exports = { securityHeaders, VIDEO_FRAME_ORIGINS };
