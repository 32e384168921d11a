import type { Metadata } from 'next';

import { NotFoundMessage } from '@/components/errors/NotFoundMessage';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { NOT_FOUND_TITLE } from '@/lib/site';

export const metadata: Metadata = { title: NOT_FOUND_TITLE };

// Next.js renders this for URLs that match no route, inside the root layout only, so it adds the
// site frame itself. Pages under app/(site) that call notFound() get app/(site)/not-found.tsx.
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundMessage />
    </SiteChrome>
  );
}
