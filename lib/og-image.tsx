import 'server-only';

import { ImageResponse } from 'next/og';

import { loadOgFonts, type OgFontWeight } from './og-fonts';
import { replaceMissingGlyphs, truncateText } from './og-text';
import { siteUrl } from './site-url';

export const OG_IMAGE_SIZE = { width: 1200, height: 630 };
export const OG_IMAGE_CONTENT_TYPE = 'image/png';

export type OgCard = {
  /** A short line above the title, such as "Publication · ISCA 2023". */
  eyebrow: string;
  title: string;
  /** A line below the title, or null. */
  subtitle: string | null;
  /** Shown at the bottom with the site's host name. */
  siteName: string;
};

/** The card sets its title in the bold face, which draws fewer symbols than the regular one. */
export const OG_TITLE_WEIGHT: OgFontWeight = 700;

const TITLE_MAX_LENGTH = 140;
const LINE_MAX_LENGTH = 90;

/** Returns the title's font size in pixels: smaller for longer titles, so three lines fit. */
function titleFontSize(title: string): number {
  if (title.length > 90) {
    return 48;
  }
  if (title.length > 50) {
    return 60;
  }
  return 72;
}

/** Renders a title card as a PNG with the bundled fonts only. */
export async function renderOgImage(card: OgCard): Promise<ImageResponse> {
  const { fonts, hasGlyph } = await loadOgFonts();
  const clean = (text: string, maxLength: number, weight: OgFontWeight = 400) =>
    replaceMissingGlyphs(truncateText(text, maxLength), (codePoint) => hasGlyph(codePoint, weight));

  const title = clean(card.title, TITLE_MAX_LENGTH, OG_TITLE_WEIGHT);
  const titleSize = titleFontSize(title);

  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 72px',
          background: '#fbfaf7',
          color: '#1d1f23',
          fontFamily: 'DejaVu Serif',
          borderLeft: '24px solid #2f5d8a',
        }}
      >
        <div style={{ display: 'flex', fontSize: 30, color: '#2f5d8a' }}>
          {clean(card.eyebrow, LINE_MAX_LENGTH)}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div
            style={{
              display: 'flex',
              fontSize: titleSize,
              fontWeight: OG_TITLE_WEIGHT,
              lineHeight: 1.15,
            }}
          >
            {title}
          </div>
          {card.subtitle ? (
            <div style={{ display: 'flex', marginTop: 28, fontSize: 34, color: '#4a4f57' }}>
              {clean(card.subtitle, LINE_MAX_LENGTH)}
            </div>
          ) : null}
        </div>
        <div style={{ display: 'flex', fontSize: 26, color: '#4a4f57' }}>
          {clean(`${card.siteName} · ${siteUrl.host}`, LINE_MAX_LENGTH)}
        </div>
      </div>
    ),
    { ...OG_IMAGE_SIZE, fonts },
  );
}
