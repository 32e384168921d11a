import { splitInlineMath } from '@/lib/tex/inline-math';

/**
 * TeX for the characters that LaTeX reads as commands in running text. A brace becomes a command
 * too, since BibTeX counts every brace, escaped or not, when it matches a field's braces.
 */
const SPECIAL_CHARACTERS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes plain text for a BibTeX field, so that "50% & more" is read back as written. */
export function escapeBibtexText(text: string): string {
  return text.replace(/[\\{}%&#_$~^]/g, (character) => SPECIAL_CHARACTERS[character] ?? character);
}

/** Letters the title formatter of citation-js leaves alone: no capitals, no punctuation. */
const placeholder = (index: number) => `zqmath${index}zq`;

/**
 * Prepares a stored title for citation-js: plain text is escaped, and each inline formula is
 * swapped for a placeholder, so that neither the escaping nor the braces that citation-js puts
 * around capitalized words reach into the math. `restore` puts the formulas back, with `$`.
 * `startsWithFormula` is true when the title's first word is a formula, which needs no case
 * protection.
 */
export function maskTitleMath(title: string): {
  masked: string;
  restore: (text: string) => string;
  startsWithFormula: boolean;
} {
  const formulas: string[] = [];
  const segments = splitInlineMath(title);
  const masked = segments
    .map((segment) => {
      if (segment.kind === 'text') {
        return escapeBibtexText(segment.value);
      }
      formulas.push(segment.value);
      return placeholder(formulas.length - 1);
    })
    .join('');
  const restore = (text: string) =>
    text.replace(/zqmath(\d+)zq/g, (match, index: string) => {
      const formula = formulas[Number(index)];
      return formula === undefined ? match : `$${formula}$`;
    });
  return { masked, restore, startsWithFormula: segments[0]?.kind === 'math' };
}

/**
 * Rewrites `{{MESA}}` as `{MESA}`. citation-js braces capitalized title words itself, and a word
 * already marked as case-protected gets a second pair; one pair protects it just as well.
 */
export function collapseNestedBraces(bibtex: string): string {
  let previous = '';
  let current = bibtex;
  while (current !== previous) {
    previous = current;
    current = current.replace(/\{\{([^{}\\]*)\}\}/g, '{$1}');
  }
  return current;
}

/**
 * Checks that every `{` in a value has its `}` after it, as BibTeX requires of a field value.
 * An unbalanced value would swallow the rest of the file.
 */
export function hasBalancedBraces(value: string): boolean {
  let depth = 0;
  for (const character of value) {
    if (character === '{') depth += 1;
    if (character === '}') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}
