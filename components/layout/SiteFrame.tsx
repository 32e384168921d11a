import type { LinkView } from '@/lib/content-types';

import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

type Props = {
  siteName: string;
  links: readonly LinkView[];
  /** Shown between the skip link and the header, such as the draft-mode banner. */
  banner?: React.ReactNode;
  children: React.ReactNode;
};

/**
 * Lays out a public page: skip link, header with the main navigation, the main content and the
 * footer. It reads no content, so the root error page can use it when content cannot load.
 */
export function SiteFrame({ siteName, links, banner, children }: Props) {
  return (
    <>
      <SkipLink />
      {banner}
      <SiteHeader siteName={siteName} />
      <main id={MAIN_CONTENT_ID} className="container">
        {children}
      </main>
      <SiteFooter siteName={siteName} links={links} />
    </>
  );
}
