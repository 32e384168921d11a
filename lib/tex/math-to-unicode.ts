import {
  ACCENTS,
  GREEK_LETTERS,
  IGNORED_COMMANDS,
  MATH_SPACES,
  MATH_SYMBOLS,
  OPERATOR_NAMES,
  PLAIN_ARGUMENT_COMMANDS,
  RELATIONS,
  styledCapital,
  SUBSCRIPTS,
  SUPERSCRIPTS,
} from './math-symbols';

/**
 * Converts the body of one inline TeX formula, without its delimiters, to Unicode text: "O(n^2)"
 * becomes "O(n²)", "\alpha_i" becomes "αᵢ" and "\mathbb{R}^d" becomes "ℝᵈ". Returns null when the
 * formula uses a command this module does not know, or a sub- or superscript with a character
 * that Unicode has no raised or lowered form of, so the caller can keep the TeX as written.
 */
export function mathToUnicode(formula: string): string | null {
  const parser = new FormulaParser(formula);
  const text = parser.parseSequence(false);
  return text === null ? null : tidySpaces(text).normalize('NFC');
}

/** Collapses spaces, which TeX ignores in math, and drops those inside brackets. */
function tidySpaces(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([([{⟨]) /g, '$1')
    .replace(/ ([)\]}⟩,;])/g, '$1')
    .trim();
}

/** Reads a table entry, never a property inherited from Object.prototype such as `\constructor`. */
function lookup(table: Readonly<Record<string, string>>, name: string): string | null {
  return Object.hasOwn(table, name) ? (table[name] ?? null) : null;
}

/** Raises or lowers every character of `text`; spaces go, as TeX ignores them in math. */
function toScript(text: string, forms: Readonly<Record<string, string>>): string | null {
  let output = '';
  for (const character of text.replace(/\s+/g, '')) {
    const form = lookup(forms, character);
    if (form === null) {
      return null;
    }
    output += form;
  }
  return output;
}

/**
 * Returns the text of a command that takes no argument: a symbol, a relation with its spaces, an
 * operator name as a word, or nothing for a sizing command. Returns undefined for any other.
 */
function commandText(name: string): string | undefined {
  const relation = lookup(RELATIONS, name);
  if (relation !== null) {
    return ` ${relation} `;
  }
  const symbol =
    lookup(GREEK_LETTERS, name) ?? lookup(MATH_SYMBOLS, name) ?? lookup(MATH_SPACES, name);
  if (symbol !== null) {
    return symbol;
  }
  if (OPERATOR_NAMES.has(name)) {
    return ` ${name === 'bmod' ? 'mod' : name} `;
  }
  return IGNORED_COMMANDS.has(name) ? '' : undefined;
}

/** Wraps a fraction's numerator or denominator in parentheses when it is longer than one character. */
function fractionPart(text: string): string {
  return [...text].length > 1 ? `(${text})` : text;
}

/** A recursive-descent reader of one formula. Every parse method returns null for what it cannot convert. */
class FormulaParser {
  private readonly source: string;
  private position = 0;

  constructor(source: string) {
    this.source = source;
  }

  /** Parses atoms and scripts up to the end, or up to the closing brace of a group. */
  parseSequence(inGroup: boolean): string | null {
    let output = '';
    while (this.position < this.source.length) {
      const character = this.source[this.position];
      if (character === '}') {
        return inGroup ? output : null;
      }
      if (character === '^' || character === '_') {
        this.position += 1;
        this.skipSpaces();
        const argument = this.parseAtom();
        const script =
          argument === null
            ? null
            : toScript(argument, character === '^' ? SUPERSCRIPTS : SUBSCRIPTS);
        if (script === null) {
          return null;
        }
        output += script;
        continue;
      }
      const atom = this.parseAtom();
      if (atom === null) {
        return null;
      }
      output += atom;
    }
    // A group that reaches the end of the formula was never closed.
    return inGroup ? null : output;
  }

  private parseAtom(): string | null {
    const codePoint = this.source.codePointAt(this.position);
    if (codePoint === undefined) {
      return null;
    }
    const character = String.fromCodePoint(codePoint);
    if (/\s/.test(character)) {
      this.skipSpaces();
      return ' ';
    }
    if (character === '{') {
      return this.parseGroup();
    }
    if (character === '\\') {
      return this.parseCommand();
    }
    if ('}^_&#'.includes(character)) {
      return null;
    }
    this.position += character.length;
    if ('=<>'.includes(character)) return ` ${character} `;
    if (character === '-') return '−';
    if (character === "'") return '′';
    if (character === '~') return ' ';
    return character;
  }

  private parseGroup(): string | null {
    this.position += 1;
    const content = this.parseSequence(true);
    if (content === null || this.source[this.position] !== '}') {
      return null;
    }
    this.position += 1;
    return content;
  }

  /** Parses a command's argument: a braced group or a single atom, as TeX reads `\sqrt x`. */
  private parseArgument(): string | null {
    this.skipSpaces();
    return this.parseAtom();
  }

  private parseCommand(): string | null {
    const name = this.readCommandName();
    if (name === null) {
      return null;
    }

    const text = commandText(name);
    return text !== undefined ? text : this.parseCommandArguments(name);
  }

  /** Reads the arguments of a command that takes any, and returns its text, or null. */
  private parseCommandArguments(name: string): string | null {
    if (PLAIN_ARGUMENT_COMMANDS.has(name)) {
      return this.parseArgument();
    }
    if (name === 'mathbb' || name === 'mathcal') {
      return this.parseStyledArgument(name);
    }

    const accent = lookup(ACCENTS, name);
    if (accent !== null) {
      const argument = this.parseArgument();
      return argument !== null && [...argument].length === 1 ? `${argument}${accent}` : null;
    }

    if (name === 'sqrt') {
      // An index, as in \sqrt[3]{x}, has no plain-text form.
      const argument = this.source[this.position] === '[' ? null : this.parseArgument();
      return argument === null ? null : `√${fractionPart(argument)}`;
    }
    if (name === 'frac' || name === 'tfrac' || name === 'dfrac') {
      const numerator = this.parseArgument();
      const denominator = numerator === null ? null : this.parseArgument();
      return numerator === null || denominator === null
        ? null
        : `${fractionPart(numerator)}/${fractionPart(denominator)}`;
    }
    return null;
  }

  private parseStyledArgument(style: 'mathbb' | 'mathcal'): string | null {
    const argument = this.parseArgument();
    if (argument === null) {
      return null;
    }
    let output = '';
    for (const letter of argument) {
      const styled = styledCapital(letter, style);
      if (styled === null) {
        return null;
      }
      output += styled;
    }
    return output;
  }

  /**
   * Reads the name after a backslash: a run of letters, after which TeX skips spaces, or one
   * other character, as in `\,` or `\{`.
   */
  private readCommandName(): string | null {
    this.position += 1;
    // A starred form such as \operatorname* is read as its own name, which no table lists.
    const letters = /^[A-Za-z]+\*?/.exec(this.source.slice(this.position))?.[0];
    if (letters) {
      this.position += letters.length;
      this.skipSpaces();
      return letters;
    }
    const character = this.source[this.position];
    if (character === undefined) {
      return null;
    }
    this.position += 1;
    return character;
  }

  private skipSpaces(): void {
    while (/\s/.test(this.source[this.position] ?? '')) {
      this.position += 1;
    }
  }
}
