import './globals.css';

import type { Metadata, Viewport } from 'next';

import { FALLBACK_SITE_NAME } from '@/lib/site';
import { getProfile, getSiteSettings } from '@/sanity/lib/content';

export async function generateMetadata(): Promise<Metadata> {
  const [settings, profile] = await Promise.all([getSiteSettings(), getProfile()]);
  const siteName = settings.title ?? profile?.name ?? FALLBACK_SITE_NAME;
  const description =
    settings.description ?? [profile?.role, profile?.affiliation].filter(Boolean).join(', ');

  return {
    title: { default: siteName, template: `%s · ${siteName}` },
    description: description || undefined,
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
