import './globals.css';

import type { Metadata, Viewport } from 'next';

import { FEED_ALTERNATES } from '@/lib/feed-links';
import { siteUrl } from '@/lib/site-url';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

export async function generateMetadata(): Promise<Metadata> {
  const { name, description } = await getSiteIdentity();

  return {
    metadataBase: siteUrl,
    title: { default: name, template: `%s · ${name}` },
    description: description ?? undefined,
    alternates: { types: FEED_ALTERNATES },
    openGraph: { type: 'website', siteName: name, locale: 'en' },
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
