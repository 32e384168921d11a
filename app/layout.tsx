import './globals.css';

import type { Metadata, Viewport } from 'next';

import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { getProfile } from '@/sanity/lib/content';

/** Shown in the header and titles until the profile document has a name. */
const FALLBACK_SITE_NAME = 'Research portfolio';

export async function generateMetadata(): Promise<Metadata> {
  const profile = await getProfile();
  const siteName = profile?.name ?? FALLBACK_SITE_NAME;
  const description = [profile?.role, profile?.affiliation].filter(Boolean).join(', ');

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

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const profile = await getProfile();
  const siteName = profile?.name ?? FALLBACK_SITE_NAME;

  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader siteName={siteName} />
        <main id="main" className="container">
          {children}
        </main>
        <SiteFooter siteName={siteName} links={profile?.links ?? []} />
      </body>
    </html>
  );
}
