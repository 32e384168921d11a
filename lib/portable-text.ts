import type { PortableTextBlock } from './content-types';

/** Joins the text of Portable Text blocks, one paragraph per block, for plain-text uses. */
export function toPlainText(blocks: readonly PortableTextBlock[]): string {
  return blocks
    .map((block) => {
      const children = Array.isArray(block.children) ? (block.children as unknown[]) : [];
      return children
        .map((child) =>
          typeof child === 'object' &&
          child !== null &&
          'text' in child &&
          typeof child.text === 'string'
            ? child.text
            : '',
        )
        .join('');
    })
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}
