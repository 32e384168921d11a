import Link from 'next/link';

import { SearchForm } from '@/components/search/SearchForm';

import { NavLinks } from './NavLinks';

export function SiteHeader({ siteName }: { siteName: string }) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        {/* No prefetch on load: the About link prefetches the home page on hover or focus. */}
        <Link href="/" className="site-header__name" prefetch={false}>
          {siteName}
        </Link>
        <NavLinks />
        <SearchForm id="site-search-q" label="Search the site" hideLabel className="site-search" />
      </div>
    </header>
  );
}
