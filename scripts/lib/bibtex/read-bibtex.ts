// Reads a .bib file with @retorquere/bibtex-parser and reduces each entry to a BibRecord. The
// parser expands @string macros, # concatenation, month macros and crossref inheritance, and
// converts LaTeX to Unicode. This module picks the fields the site stores.
import {
  type Creator,
  type Entry,
  type Library,
  type Options,
  parse,
} from '@retorquere/bibtex-parser';

import type { BibReadResult, BibRecord, SkippedEntry } from './bib-record';
import { bibEntryFields, stripParserMarkup } from './entry-fields';

const PARSER_OPTIONS: Options = {
  // Titles keep the capitalisation the file gives them, because the site shows them as written.
  sentenceCase: false,
  english: false,
  applyCrossRef: true,
};

/**
 * Matches inline math `$…$`, skipping escaped dollars such as `\$1`. The parser's raw mode
 * already writes `\(…\)` as `$…$`, so both forms reach this pattern.
 */
const INLINE_MATH = /(?<!\\)\$(?:[^$\\]|\\.)+?(?<!\\)\$/g;

/** A run of letters the parser passes through unchanged, standing in for one math segment. */
const mathPlaceholder = (index: number) => `QQMATHSEGMENT${String.fromCharCode(65 + index)}QQ`;

function creatorName(creator: Creator): string {
  if (creator.name) {
    return stripParserMarkup(creator.name);
  }
  const name = [creator.firstName, creator.prefix, creator.lastName]
    .filter((part) => part && part.trim() !== '')
    .join(' ');
  return stripParserMarkup(creator.suffix ? `${name} ${creator.suffix}` : name);
}

/**
 * Converts a raw title whose inline math must stay as written: the math segments are swapped
 * for placeholders, the rest is converted by the parser, and the segments are put back.
 */
function convertKeepingMath(rawTitle: string, converted: string, options: Options): string {
  const segments = rawTitle.match(INLINE_MATH);
  if (!segments || segments.length > 26) {
    return converted;
  }
  let index = 0;
  const masked = rawTitle.replace(INLINE_MATH, () => mathPlaceholder(index++));
  const parsed = parse(`@misc{title, title = {${masked}}}`, options).entries[0];
  const result = parsed?.fields.title;
  if (typeof result !== 'string') {
    return converted;
  }
  return segments.reduce(
    (title, segment, position) => title.replace(mathPlaceholder(position), segment),
    stripParserMarkup(result),
  );
}

/** Lists, per entry key, the @string macros the file uses in that entry but never defines. */
function findUnknownMacros(library: Library): Map<Entry, string[]> {
  const names = library.errors.flatMap((error) => {
    const match = /Unresolved @string reference "([^"]+)"/.exec(error.error);
    return match?.[1] ? [match[1]] : [];
  });
  const found = new Map<Entry, string[]>();
  for (const entry of library.entries) {
    const used = names.filter((name) =>
      new RegExp(`[=#]\\s*${name.replace(/[^\w-]/g, '')}\\s*[,#}\\n]`, 'i').test(entry.input),
    );
    if (used.length > 0) found.set(entry, used);
  }
  return found;
}

/**
 * Parses BibTeX text into records. `onProgress` receives the count of entries handled so far,
 * once per entry. Entries without a title or year, and duplicates of an earlier key, are
 * returned as skipped.
 */
export function readBibtex(text: string, onProgress?: (count: number) => void): BibReadResult {
  // NOTE: the parser reads the whole file before the first progress call, so a large file is
  // silent while it parses.
  // The parser passes a command it cannot convert to this handler, and converts the command's
  // arguments as plain text after it. Dropping the command name keeps "\foo{bar}" readable as
  // "bar", and the entry gets a warning.
  const unknownCommands = new Map<string, Set<string>>();
  const options: Options = {
    ...PARSER_OPTIONS,
    unsupported: (_node, tex, entry) => {
      const commands = unknownCommands.get(entry.key) ?? new Set<string>();
      commands.add(tex);
      unknownCommands.set(entry.key, commands);
      return '';
    },
  };
  const library = parse(text, options);
  const rawLibrary = parse(text, { ...PARSER_OPTIONS, raw: true });
  const unknownMacros = findUnknownMacros(library);

  const warnings = library.errors
    .filter((error) => !error.error.startsWith('Unresolved @string reference'))
    .filter((error) => !error.error.startsWith('unhandled macro'))
    .map((error) => `${error.error}${error.input ? ` near: ${error.input.slice(0, 80)}` : ''}`);

  // Parents of crossref entries (such as @proceedings) give their fields to the papers and are
  // not publications themselves.
  const donors = new Set(
    library.entries
      .filter((entry) => (entry.crossref?.donated.length ?? 0) > 0)
      .map((entry) => entry.key),
  );

  const records: BibRecord[] = [];
  const skipped: SkippedEntry[] = [];
  const firstTitles = new Map<string, string>();

  library.entries.forEach((entry, position) => {
    onProgress?.(position + 1);
    const rawEntry = rawLibrary.entries[position];
    const rawTitle = rawEntry?.key === entry.key ? rawEntry.fields.title : undefined;

    const earlierTitle = firstTitles.get(entry.key);
    if (earlierTitle !== undefined) {
      skipped.push({
        key: entry.key,
        reason: `Duplicate citation key; kept the first entry ("${earlierTitle}") and skipped this one.`,
      });
      return;
    }
    firstTitles.set(entry.key, entry.fields.title ?? '(untitled)');

    if (donors.has(entry.key)) {
      skipped.push({
        key: entry.key,
        reason: `Cross-referenced @${entry.type} that gives its fields to other entries; not a publication.`,
      });
      return;
    }

    const macros = unknownMacros.get(entry) ?? [];
    const fields = bibEntryFields(entry, macros);
    const converted = fields.title;
    if (!converted) {
      skipped.push({ key: entry.key, reason: 'The entry has no title.' });
      return;
    }
    if (fields.year === null) {
      skipped.push({ key: entry.key, reason: 'The entry has no year (nor a date with one).' });
      return;
    }

    const titleBibtex = (rawTitle ?? converted).normalize('NFC');
    const title = convertKeepingMath(titleBibtex, converted, options).normalize('NFC');
    const creators = entry.fields.author ?? [];
    const truncated = creators.some(
      (creator) => creator.lastName === 'others' && !creator.firstName,
    );
    const authors = creators
      .filter((creator) => !(creator.lastName === 'others' && !creator.firstName))
      .map((creator) => creatorName(creator).normalize('NFC'))
      .filter((name) => name !== '');

    records.push({
      ...fields,
      key: entry.key,
      entryType: entry.type.toLowerCase(),
      title,
      titleBibtex,
      authors,
      authorListTruncated: truncated,
      warnings: [
        ...fields.warnings,
        ...[...(unknownCommands.get(entry.key) ?? [])].map(
          (tex) => `Unknown LaTeX command ${tex} left out of the text, but not its argument.`,
        ),
        ...(truncated
          ? ['Author list ends with "and others"; stored as truncated, shown with "et al."']
          : []),
      ],
    });
  });

  return { records, skipped, warnings };
}
