import './globals.css';

import type { Metadata, Viewport } from 'next';

import { FEED_ALTERNATES } from '@/lib/feed-links';
import { siteUrl } from '@/lib/site-url';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

/**
 * The site's icon: three bars of a chart in the accent color, inlined as a data URL so it costs
 * no request. Without an icon link, browsers request /favicon.ico, which this app does not serve,
 * and log the 404 as a console error on every page.
 */
const SITE_ICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f5fa8"/><path fill="#fff" d="M8 19h4v6H8zm6-6h4v12h-4zm6-6h4v18h-4z"/></svg>',
)}`;

export async function generateMetadata(): Promise<Metadata> {
  const { name, description } = await getSiteIdentity();

  return {
    metadataBase: siteUrl,
    title: { default: name, template: `%s · ${name}` },
    description: description ?? undefined,
    alternates: { types: FEED_ALTERNATES },
    openGraph: { type: 'website', siteName: name, locale: 'en' },
    icons: { icon: { url: SITE_ICON, type: 'image/svg+xml' } },
  };
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#16181c' },
  ],
};

/** Renders the document shell shared by the public site and the Studio. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
