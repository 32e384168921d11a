import type { LinkView } from '@/lib/content-types';

type Props = { siteName: string; links: readonly LinkView[] };

export function SiteFooter({ siteName, links }: Props) {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>© {siteName}</p>
        {links.length > 0 ? (
          <ul className="site-footer__links" aria-label="Profiles">
            {links.map((link) => (
              <li key={link.key}>
                <a href={link.url} rel="me noopener noreferrer">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </footer>
  );
}
