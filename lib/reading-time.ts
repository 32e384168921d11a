import type { PortableTextBlock } from './content-types';
import { toPlainText } from './portable-text';

/**
 * Reading speed the estimate assumes, in words per minute. It is a round figure that
 * reading-time labels commonly use, not a measurement, and technical text may read slower.
 */
export const WORDS_PER_MINUTE = 200;

/** Counts the words of a text: runs of non-space characters with at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/**
 * Returns the minutes to read a text at WORDS_PER_MINUTE, rounded up so a short text reads as
 * one minute. Returns null for a text without words.
 */
export function readingMinutes(text: string): number | null {
  const words = countWords(text);
  return words === 0 ? null : Math.ceil(words / WORDS_PER_MINUTE);
}

/**
 * Returns the minutes to read the text blocks of a Portable Text body. Code blocks, images and
 * videos add no time, because their reading speed has no comparable estimate.
 */
export function bodyReadingMinutes(blocks: readonly PortableTextBlock[]): number | null {
  return readingMinutes(toPlainText(blocks));
}
