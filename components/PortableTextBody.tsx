import { PortableText, type PortableTextComponents } from '@portabletext/react';

import type { PortableTextBlock } from '@/lib/content-types';
import { isSafeUrl } from '@/lib/format';

const components: PortableTextComponents = {
  marks: {
    link: ({ value, children }) => {
      const href: unknown = (value as { href?: unknown } | undefined)?.href;
      // Links with other schemes (javascript:, data:) render as plain text.
      return typeof href === 'string' && isSafeUrl(href) ? (
        <a href={href} rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        <>{children}</>
      );
    },
  },
};

/** Renders Portable Text from the content layer; renders nothing for an empty body. */
export function PortableTextBody({ value }: { value: readonly PortableTextBlock[] }) {
  if (value.length === 0) {
    return null;
  }
  return <PortableText value={[...value]} components={components} />;
}
