import Link from 'next/link';

import { NavLinks } from './NavLinks';

export function SiteHeader({ siteName }: { siteName: string }) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__name">
          {siteName}
        </Link>
        <NavLinks />
      </div>
    </header>
  );
}
