import type { CSL } from '@citation-js/core';

import type { PublicationType } from '@/lib/publication-types';

import {
  collapseNestedBraces,
  escapeBibtexText,
  hasBalancedBraces,
  maskTitleMath,
} from './bibtex-text';
import type { CitablePublication } from './csl';
import { mapToBibtex } from './engine';
import { readIdentifiers } from './identifiers';
import { toCslName } from './names';
import { protectLeadingCapitals } from './title-case';

/** A field of a BibTeX entry. A macro, such as the month `dec`, is written without braces. */
export type BibtexField = { name: string; value: string; macro?: true };

export type BibtexEntry = { type: string; key: string; fields: BibtexField[] };

const ENTRY_TYPES: Record<PublicationType, string> = {
  conference: 'inproceedings',
  workshop: 'inproceedings',
  journal: 'article',
  preprint: 'misc',
  talk: 'misc',
  book: 'book',
  chapter: 'incollection',
  report: 'techreport',
  'doctoral-thesis': 'phdthesis',
  'masters-thesis': 'mastersthesis',
  other: 'misc',
};

/** The field that names the venue in each entry type. */
const VENUE_FIELDS: Record<string, string> = {
  inproceedings: 'booktitle',
  incollection: 'booktitle',
  article: 'journal',
  techreport: 'institution',
  phdthesis: 'school',
  mastersthesis: 'school',
  book: 'series',
  misc: 'howpublished',
};

/** BibTeX's predefined month macros, which styles print in their own language and format. */
const MONTH_MACROS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

/** A preprint venue that is a preprint server rather than a journal. */
const PREPRINT_SERVER = /\barxiv\b/i;

/**
 * Builds the BibTeX entry of a publication under `key`. citation-js formats the author list, the
 * page range and, when no BibTeX title is stored, the title. The entry type, venue, month and
 * arXiv fields come from the publication directly, because CSL has no place for them.
 */
export function toBibtexEntry(publication: CitablePublication, key: string): BibtexEntry {
  const { doi, arxivId, url } = readIdentifiers(publication.links);
  const { masked, restore, startsWithFormula } = maskTitleMath(publication.titleTex);
  const libraryItem: CSL = {
    id: key,
    type: 'document',
    title: startsWithFormula ? masked : protectLeadingCapitals(masked),
    ...(publication.authors.length > 0
      ? { author: publication.authors.map((author) => toCslName(author.name)) }
      : {}),
    ...(publication.pages ? { page: publication.pages.replace(/\s*[–—-]+\s*/g, '-') } : {}),
  };
  const [mapped] = mapToBibtex([libraryItem]);
  const formatted = mapped?.properties ?? {};

  const venueName = publication.venue?.fullName ?? publication.venue?.label ?? null;
  const type = entryType(publication.type, venueName);
  const storedTitle = publication.titleBibtex;
  const title =
    storedTitle && hasBalancedBraces(storedTitle)
      ? storedTitle
      : restore(collapseNestedBraces(formatted.title ?? masked));
  // A misc preprint with an arXiv identifier names its server in archivePrefix instead.
  const venueField =
    venueName && !(type === 'misc' && publication.type === 'preprint' && arxivId)
      ? VENUE_FIELDS[type]
      : undefined;
  const month = bibtexMonth(publication);

  const fields: (BibtexField | null)[] = [
    field('author', formatted.author),
    field('title', title),
    venueField && venueName ? field(venueField, escapeBibtexText(venueName)) : null,
    field('publisher', publication.publisher && escapeBibtexText(publication.publisher)),
    field('year', String(publication.year)),
    month ? { name: 'month', value: month, macro: true } : null,
    field('volume', publication.volume && escapeBibtexText(publication.volume)),
    field('number', publication.number && escapeBibtexText(publication.number)),
    field('pages', formatted.pages),
    field('doi', doi),
    field('eprint', arxivId),
    arxivId ? field('archivePrefix', 'arXiv') : null,
    arxivId ? field('primaryClass', publication.arxivPrimaryClass) : null,
    field('url', url),
    // BibTeX has no entry type for a talk; the note keeps it a talk when the file is imported.
    publication.type === 'talk' ? field('note', 'Talk') : null,
  ];
  return { type, key, fields: fields.filter((entry) => entry !== null) };
}

function field(name: string, value: string | null | undefined): BibtexField | null {
  return value ? { name, value } : null;
}

/**
 * Chooses the entry type. A preprint is an @article only when its venue is a journal, as "CoRR"
 * is in DBLP's records. A preprint on arXiv, or one without a venue, is a @misc.
 */
function entryType(type: PublicationType | null, venueName: string | null): string {
  if (type === 'preprint' && venueName && !PREPRINT_SERVER.test(venueName)) {
    return 'article';
  }
  return type ? ENTRY_TYPES[type] : 'misc';
}

/** Returns the month macro from the full date, or else from the month field. */
function bibtexMonth(publication: CitablePublication): string | null {
  const fromDate = publication.date?.startsWith(`${publication.year}-`)
    ? Number(publication.date.slice(5, 7))
    : Number.NaN;
  const month = Number.isInteger(fromDate) ? fromDate : publication.month;
  return month === null ? null : (MONTH_MACROS[month - 1] ?? null);
}

/** Writes entries as BibTeX text, one field per line and a blank line between entries. */
export function serializeBibtex(entries: readonly BibtexEntry[]): string {
  if (entries.length === 0) {
    return '';
  }
  const blocks = entries.map((entry) =>
    [
      `@${entry.type}{${entry.key},`,
      ...entry.fields.map(
        ({ name, value, macro }) => `\t${name} = ${macro ? value : `{${value}}`},`,
      ),
      '}',
    ].join('\n'),
  );
  return `${blocks.join('\n\n')}\n`;
}
