import { draftMode } from 'next/headers';
import { VisualEditing } from 'next-sanity/visual-editing';

import { FALLBACK_SITE_NAME } from '@/lib/site';
import { getProfile } from '@/sanity/lib/content';

import { DraftModeBanner } from './DraftModeBanner';
import { SiteFrame } from './SiteFrame';

/**
 * Wraps a public page in the site frame, named after the profile. In draft mode it adds a banner
 * and the Visual Editing overlays that link page text to its fields in the Studio.
 */
export async function SiteChrome({ children }: { children: React.ReactNode }) {
  const [profile, { isEnabled: isDraftMode }] = await Promise.all([getProfile(), draftMode()]);
  const siteName = profile?.name ?? FALLBACK_SITE_NAME;

  return (
    <>
      <SiteFrame
        siteName={siteName}
        links={profile?.links ?? []}
        banner={isDraftMode ? <DraftModeBanner /> : null}
      >
        {children}
      </SiteFrame>
      {isDraftMode ? <VisualEditing /> : null}
    </>
  );
}
