import type { LinkView } from '@/lib/content-types';

/** Renders a publication's links (PDF, code, slides); renders nothing without links. */
export function LinkList({
  links,
  large = false,
}: {
  links: readonly LinkView[];
  large?: boolean;
}) {
  if (links.length === 0) {
    return null;
  }

  return (
    <ul
      className={large ? 'publication__links publication__links--large' : 'publication__links'}
      aria-label="Links"
    >
      {links.map((link) => (
        <li key={link.key}>
          <a href={link.url} rel="noopener noreferrer">
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
