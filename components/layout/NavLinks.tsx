'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';

const NAV_ITEMS = [
  { href: '/', label: 'About' },
  { href: '/research', label: 'Research' },
  { href: '/publications', label: 'Publications' },
  { href: '/posts', label: 'Posts' },
  { href: '/honors', label: 'Honors' },
  { href: '/media', label: 'Media' },
  { href: '/cv', label: 'CV' },
] as const;

/**
 * The main navigation, marking the current section with aria-current. Its links prefetch a
 * section when the visitor points at or focuses them, not when they come into view: prefetching
 * every section on every page load cost 28 to 37 KiB per page (docs/benchmarks.md, Page weight).
 */
export function NavLinks() {
  const pathname = usePathname();
  const router = useRouter();

  return (
    <nav aria-label="Main">
      <ul className="nav-links">
        {NAV_ITEMS.map((item) => {
          const current =
            item.href === '/'
              ? pathname === '/'
              : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                prefetch={false}
                onMouseEnter={() => router.prefetch(item.href)}
                onFocus={() => router.prefetch(item.href)}
                onTouchStart={() => router.prefetch(item.href)}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
