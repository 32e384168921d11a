import { mathToUnicode } from './math-to-unicode';

/**
 * Inline TeX math: `\(…\)`, or `$…$` by the rule of Pandoc's tex_math_dollars extension. An
 * opening `$` must have a non-space character right after it, and a closing `$` a non-space
 * character right before it and no digit after it, so "from $5 to $10" stays text. A `\$` inside
 * a formula does not close it.
 */
const INLINE_MATH = /\\\((.+?)\\\)|(?<!\\)\$(?=\S)((?:[^$\\]|\\.)+?)(?<=\S)\$(?!\d)/gs;

/** A run of plain text or one inline formula; `value` of a formula is its body, without delimiters. */
export type TextSegment = { kind: 'text' | 'math'; value: string };

/** Splits text into plain runs and inline formulas, in order. Empty runs are left out. */
export function splitInlineMath(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let end = 0;
  for (const match of text.matchAll(INLINE_MATH)) {
    if (match.index > end) {
      segments.push({ kind: 'text', value: text.slice(end, match.index) });
    }
    segments.push({ kind: 'math', value: match[1] ?? match[2] ?? '' });
    end = match.index + match[0].length;
  }
  if (end < text.length) {
    segments.push({ kind: 'text', value: text.slice(end) });
  }
  return segments;
}

/**
 * Rewrites the inline TeX math in a title as Unicode text for display: "Sorting in $O(n^2)$ Time"
 * becomes "Sorting in O(n²) Time". A formula that cannot be converted whole keeps its TeX,
 * delimiters included, and so does one whose Unicode text `canDraw` rejects, such as one with a
 * character that a font lacks. The text around formulas is returned unchanged.
 */
export function renderInlineMath(
  text: string,
  canDraw: (converted: string) => boolean = () => true,
): string {
  return text.replace(INLINE_MATH, (formula, parenthesized?: string, dollar?: string) => {
    const converted = mathToUnicode(parenthesized ?? dollar ?? '');
    return converted !== null && canDraw(converted) ? converted : formula;
  });
}
