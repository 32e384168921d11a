import {
  type MissingComponentHandler,
  PortableText,
  type PortableTextComponents,
} from '@portabletext/react';

import type { PortableTextBlock } from '@/lib/content-types';
import { isSafeUrl } from '@/lib/format';
import { warnOnce } from '@/lib/log';

import { BodyImage } from './portable-text/BodyImage';
import { CodeBlock } from './portable-text/CodeBlock';
import { VideoEmbed } from './portable-text/VideoEmbed';

const components: PortableTextComponents = {
  types: {
    code: ({ value }) => <CodeBlock value={value} />,
    image: ({ value }) => <BodyImage value={value} />,
    videoEmbed: ({ value }) => <VideoEmbed value={value} />,
  },
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
  // The library's default writes a hidden notice into the page. A block type that the schema
  // gained before this renderer has a component for it should leave no trace for visitors.
  unknownType: () => null,
};

/**
 * Logs each kind of node the renderer has no component for once per server process. Unknown
 * marks and styles still render their text; unknown block types render nothing.
 */
const logMissingComponent: MissingComponentHandler = (_message, { type, nodeType }) => {
  warnOnce(
    `portable-text:${nodeType}:${type}`,
    `[portable-text] No component for ${nodeType} type "${type}"; add one to PortableTextBody`,
  );
};

/** Renders Portable Text from the content layer; renders nothing for an empty body. */
export function PortableTextBody({ value }: { value: readonly PortableTextBlock[] }) {
  if (value.length === 0) {
    return null;
  }
  return (
    <PortableText
      value={[...value]}
      components={components}
      onMissingComponent={logMissingComponent}
    />
  );
}
