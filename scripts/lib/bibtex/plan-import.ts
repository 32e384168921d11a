import { canonicalJson } from '../../../lib/canonical-json';
import { foldName } from '../../../lib/person-names';
import type { StoredDocument } from '../../../sanity/lib/local-dataset';
import type { BibRecord, SkippedEntry } from './bib-record';
import { asciiSlug, PersonRegistry, shortHash } from './person-registry';

export type EntryStatus = 'created' | 'updated' | 'unchanged' | 'skipped';

export type EntryReport = {
  key: string;
  status: EntryStatus;
  /** The `_id` of the publication written or matched, or null for a skipped entry. */
  id: string | null;
  /** Field by which the entry matched its publication: "doi", "arxivId", "citationKey", "title" or null. */
  matchedBy: string | null;
  warnings: string[];
};

export type ImportPlan = {
  /** Documents to create or replace, publications and persons, in a stable order. */
  writes: StoredDocument[];
  entries: EntryReport[];
  persons: { created: string[]; updated: string[] };
};

type Authorship = {
  _key: string;
  _type: 'authorship';
  person: { _type: 'reference'; _ref: string };
  equalContribution?: boolean;
  corresponding?: boolean;
};

type LinkRecord = { _key: string; _type: 'publicationLink'; kind: string; url?: string };

const isDraftOrVersion = (id: string) => id.startsWith('drafts.') || id.startsWith('versions.');

function titleKey(title: string, year: number | null): string {
  return `${foldName(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()}|${year ?? ''}`;
}

/** Indexes the dataset's publications by the identifiers an entry can match. */
class PublicationIndex {
  private readonly maps = {
    doi: new Map<string, StoredDocument>(),
    arxivId: new Map<string, StoredDocument>(),
    citationKey: new Map<string, StoredDocument>(),
    title: new Map<string, StoredDocument>(),
  };
  readonly slugs = new Set<string>();

  constructor(publications: readonly StoredDocument[]) {
    for (const publication of publications) {
      this.add(publication);
    }
  }

  add(publication: StoredDocument): void {
    const { doi, arxivId, citationKey, title, year, slug } = publication as {
      doi?: unknown;
      arxivId?: unknown;
      citationKey?: unknown;
      title?: unknown;
      year?: unknown;
      slug?: { current?: unknown };
    };
    if (typeof doi === 'string') this.maps.doi.set(doi.toLowerCase(), publication);
    if (typeof arxivId === 'string') this.maps.arxivId.set(arxivId, publication);
    if (typeof citationKey === 'string') this.maps.citationKey.set(citationKey, publication);
    if (typeof title === 'string') {
      this.maps.title.set(titleKey(title, typeof year === 'number' ? year : null), publication);
    }
    if (typeof slug?.current === 'string') this.slugs.add(slug.current);
  }

  /**
   * Finds the publication an entry describes: by DOI, then arXiv identifier, then citation key,
   * and last by the same title and year. The last rule lets a bibliography update papers already
   * on the site that have no identifiers yet, in place of adding copies.
   */
  find(record: BibRecord): { publication: StoredDocument; matchedBy: string } | null {
    const lookups: [keyof PublicationIndex['maps'], string | null][] = [
      ['doi', record.doi?.toLowerCase() ?? null],
      ['arxivId', record.arxivId],
      ['citationKey', record.key],
      ['title', titleKey(record.title, record.year)],
    ];
    for (const [field, value] of lookups) {
      const publication = value === null ? undefined : this.maps[field].get(value);
      if (publication) {
        return { publication, matchedBy: field };
      }
    }
    return null;
  }
}

function uniqueSlug(title: string, key: string, taken: Set<string>): string {
  const base = asciiSlug(title) || asciiSlug(key) || shortHash(key);
  let slug = base;
  for (let suffix = 2; taken.has(slug); suffix += 1) {
    slug = `${base}-${suffix}`;
  }
  taken.add(slug);
  return slug;
}

/** Keeps the marks and `_key` an editor gave an author who is still on the list. */
function buildAuthors(personIds: readonly string[], previous: readonly Authorship[]): Authorship[] {
  const usedKeys = new Set<string>();
  return personIds.map((personId, index) => {
    const earlier = previous.find((authorship) => authorship.person._ref === personId);
    let key = earlier?._key ?? shortHash(personId);
    if (usedKeys.has(key)) {
      key = shortHash(`${personId}#${index}`);
    }
    usedKeys.add(key);
    return {
      ...earlier,
      _key: key,
      _type: 'authorship',
      person: { _type: 'reference', _ref: personId },
    };
  });
}

/** Fills a link kind recorded without a URL, or adds the link when the kind is missing. */
function mergeLinks(previous: readonly LinkRecord[], incoming: { kind: string; url: string }[]) {
  const links = previous.map((link) => ({ ...link }));
  for (const { kind, url } of incoming) {
    if (links.some((link) => link.url === url)) {
      continue;
    }
    const placeholder = links.find((link) => link.kind === kind && !link.url);
    if (placeholder) {
      placeholder.url = url;
    } else if (!links.some((link) => link.kind === kind)) {
      links.push({ _key: `bibtex-${kind}`, _type: 'publicationLink', kind, url });
    }
  }
  return links;
}

function recordLinks(record: BibRecord): { kind: string; url: string }[] {
  const links: { kind: string; url: string }[] = [];
  if (record.doi) links.push({ kind: 'doi', url: `https://doi.org/${record.doi}` });
  if (record.arxivId) links.push({ kind: 'arxiv', url: `https://arxiv.org/abs/${record.arxivId}` });
  if (
    record.url &&
    /^https?:\/\//i.test(record.url) &&
    !/doi\.org\/|arxiv\.org\//i.test(record.url)
  ) {
    links.push({ kind: /\.pdf($|[?#])/i.test(record.url) ? 'pdf' : 'other', url: record.url });
  }
  return links;
}

/**
 * Checks whether a stored venue already reads as `venue`: its full name, or its short name when
 * it has no full name. The site exports a lone short name ("ISCA"), so importing that file again
 * must not copy the short name into the full name.
 */
function namesVenue(stored: { name?: unknown; shortName?: unknown }, venue: string): boolean {
  return stored.name === venue || (stored.name === undefined && stored.shortName === venue);
}

/** Sets the fields an entry gives on top of the stored publication, and keeps the other fields. */
function applyRecord(
  base: StoredDocument,
  record: BibRecord,
  personIds: readonly string[],
): StoredDocument {
  const previousAuthors = Array.isArray(base.authors) ? (base.authors as Authorship[]) : [];
  const previousLinks = Array.isArray(base.links) ? (base.links as LinkRecord[]) : [];
  const previousVenue =
    typeof base.venue === 'object' && base.venue !== null
      ? (base.venue as { name?: unknown; shortName?: unknown })
      : {};
  const links = mergeLinks(previousLinks, recordLinks(record));

  const fields: Record<string, unknown> = {
    title: record.title,
    titleBibtex: record.titleBibtex,
    ...(personIds.length > 0
      ? {
          authors: buildAuthors(personIds, previousAuthors),
          authorListTruncated: record.authorListTruncated,
        }
      : {}),
    ...(record.venue && !namesVenue(previousVenue, record.venue)
      ? { venue: { _type: 'venue', ...previousVenue, name: record.venue } }
      : {}),
    ...(record.year !== null ? { year: record.year } : {}),
    ...(record.month !== null && record.date === null ? { month: record.month } : {}),
    ...(record.date !== null ? { date: record.date } : {}),
    // An editor's choice of type wins: BibTeX entry types map to publication types only roughly.
    type: typeof base.type === 'string' ? base.type : record.type,
    ...(record.doi ? { doi: record.doi } : {}),
    ...(record.arxivId ? { arxivId: record.arxivId } : {}),
    ...(record.arxivPrimaryClass ? { arxivPrimaryClass: record.arxivPrimaryClass } : {}),
    ...(record.volume ? { volume: record.volume } : {}),
    ...(record.number ? { number: record.number } : {}),
    ...(record.pages ? { pages: record.pages } : {}),
    ...(record.publisher ? { publisher: record.publisher } : {}),
    citationKey: record.key,
    ...(record.abstract ? { abstract: record.abstract } : {}),
    ...(links.length > 0 ? { links } : {}),
  };
  return { ...base, ...fields };
}

/**
 * Decides what importing `records` into a dataset containing `existing` writes. Each entry updates
 * the publication it matches or creates one, and its authors become references to the dataset's
 * persons. Importing the same records into the result plans no writes.
 */
export function planBibtexImport(
  records: readonly BibRecord[],
  skipped: readonly SkippedEntry[],
  existing: readonly StoredDocument[],
): ImportPlan {
  const published = existing.filter((document) => !isDraftOrVersion(document._id));
  const byId = new Map(published.map((document) => [document._id, document]));
  const index = new PublicationIndex(
    published.filter((document) => document._type === 'publication'),
  );
  const persons = new PersonRegistry(published);
  const takenIds = new Set(existing.map((document) => document._id));
  const claimedBy = new Map<string, string>();

  const publicationWrites = new Map<string, StoredDocument>();
  const entries: EntryReport[] = [];

  for (const record of records) {
    const warnings = [...record.warnings];
    const match = index.find(record);
    const earlierKey = match ? claimedBy.get(match.publication._id) : undefined;
    if (match && earlierKey !== undefined) {
      entries.push({
        key: record.key,
        status: 'skipped',
        id: null,
        matchedBy: match.matchedBy,
        warnings: [
          ...warnings,
          `Describes the same publication as entry "${earlierKey}" (same ${match.matchedBy}); kept the first.`,
        ],
      });
      continue;
    }

    const personIds = record.authors.map((name) => {
      const resolved = persons.resolve(name);
      warnings.push(...resolved.warnings);
      return resolved.id;
    });

    let base: StoredDocument;
    if (match) {
      base = publicationWrites.get(match.publication._id) ?? match.publication;
    } else {
      const slug = uniqueSlug(record.title, record.key, index.slugs);
      let id = `publication-${slug}`;
      for (let suffix = 2; takenIds.has(id); suffix += 1) {
        id = `publication-${slug}-${suffix}`;
      }
      takenIds.add(id);
      base = { _id: id, _type: 'publication', slug: { _type: 'slug', current: slug } };
    }

    const document = applyRecord(base, record, personIds);
    claimedBy.set(document._id, record.key);
    index.add(document);

    const status: EntryStatus = !match
      ? 'created'
      : canonicalJson(document) === canonicalJson(match.publication)
        ? 'unchanged'
        : 'updated';
    if (status !== 'unchanged') {
      publicationWrites.set(document._id, document);
    }
    entries.push({
      key: record.key,
      status,
      id: document._id,
      matchedBy: match?.matchedBy ?? null,
      warnings,
    });
  }

  for (const entry of skipped) {
    entries.push({
      key: entry.key,
      status: 'skipped',
      id: null,
      matchedBy: null,
      warnings: [entry.reason],
    });
  }

  const personWrites = persons.changedDocuments(byId);
  const createdPersons = new Set(persons.createdIds());
  return {
    writes: [...personWrites, ...publicationWrites.values()],
    entries,
    persons: {
      created: [...createdPersons],
      updated: personWrites.map((person) => person._id).filter((id) => !createdPersons.has(id)),
    },
  };
}
