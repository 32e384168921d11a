/** @jest-environment node */
import { parseVideoUrl, VIDEO_PLAYER_ORIGINS } from '@/sanity/schemaTypes/video-hosts';
import { securityHeaders, VIDEO_FRAME_ORIGINS } from '@/security-headers';

function policyFor(source: string, options: Parameters<typeof securityHeaders>[0]): string {
  // As Next.js applies them: the last matching rule wins for a header.
  const rules = securityHeaders(options).filter(
    (rule) => rule.source === '/:path*' || rule.source === source,
  );
  const values = rules.flatMap((rule) =>
    rule.headers
      .filter((header) => header.key === 'Content-Security-Policy')
      .map((header) => header.value),
  );
  return values.at(-1) ?? '';
}

describe('securityHeaders', () => {
  const production = { projectId: undefined, development: false };

  it('allows scripts from this origin only on public pages', () => {
    expect(policyFor('/', production)).toContain("script-src 'self' 'unsafe-inline';");
    expect(policyFor('/', production)).not.toContain('unsafe-eval');
  });

  it('adds eval for React Refresh in development only', () => {
    expect(policyFor('/', { ...production, development: true })).toContain("'unsafe-eval'");
  });

  it('lets public pages call the configured project only', () => {
    const policy = policyFor('/', { ...production, projectId: 'abc123' });
    expect(policy).toContain(
      "connect-src 'self' https://abc123.api.sanity.io https://abc123.apicdn.sanity.io;",
    );
  });

  it('gives the Studio its own policy', () => {
    const policy = policyFor('/studio/:path*', production);
    expect(policy).toContain('https://core.sanity-cdn.com');
    expect(policy).toContain("frame-ancestors 'self'");
  });

  it('lets public pages frame only the video players', () => {
    const policy = policyFor('/', production);
    expect(policy).toContain(
      'frame-src https://www.youtube-nocookie.com https://player.vimeo.com;',
    );
  });

  it('allows every origin the video embeds load from', () => {
    expect([...VIDEO_FRAME_ORIGINS].sort()).toEqual([...VIDEO_PLAYER_ORIGINS].sort());
    for (const url of ['https://youtu.be/dQw4w9WgXcQ', 'https://vimeo.com/76979871']) {
      const embedUrl = parseVideoUrl(url)?.embedUrl ?? '';
      expect(VIDEO_FRAME_ORIGINS).toContain(new URL(embedUrl).origin);
    }
  });
});
