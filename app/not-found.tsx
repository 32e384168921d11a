import Link from 'next/link';

import { SiteChrome } from '@/components/layout/SiteChrome';

export default function NotFound() {
  return (
    <SiteChrome>
      <div className="empty-state">
        <h1>Page not found</h1>
        <p>
          The page you asked for does not exist. The <Link href="/publications">publications</Link>{' '}
          list may have what you are looking for.
        </p>
      </div>
    </SiteChrome>
  );
}
