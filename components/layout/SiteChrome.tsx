import { draftMode } from 'next/headers';
import { VisualEditing } from 'next-sanity/visual-editing';

import { FALLBACK_SITE_NAME } from '@/lib/site';
import { getProfile } from '@/sanity/lib/content';

import { DraftModeBanner } from './DraftModeBanner';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/**
 * Wraps a public page in the skip link, header and footer. In draft mode it adds a banner and
 * the Visual Editing overlays that link page text to its fields in the Studio.
 */
export async function SiteChrome({ children }: { children: React.ReactNode }) {
  const [profile, { isEnabled: isDraftMode }] = await Promise.all([getProfile(), draftMode()]);
  const siteName = profile?.name ?? FALLBACK_SITE_NAME;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {isDraftMode ? <DraftModeBanner /> : null}
      <SiteHeader siteName={siteName} />
      <main id="main" className="container">
        {children}
      </main>
      <SiteFooter siteName={siteName} links={profile?.links ?? []} />
      {isDraftMode ? <VisualEditing /> : null}
    </>
  );
}
