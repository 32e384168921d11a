import { createHash } from 'node:crypto';

import { nameKey, namesMatch } from '../../../lib/person-names';
import type { StoredDocument } from '../../../sanity/lib/local-dataset';

type PersonEntry = { id: string; name: string; aliases: string[]; isNew: boolean };

export type ResolvedPerson = { id: string; warnings: string[] };

/** Returns a URL-style slug of ASCII letters and digits, e.g. "jose-garcia" for "José García". */
export function asciiSlug(text: string, maxLength = 96): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[ł]/g, 'l')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) {
    return slug;
  }
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut;
}

/** Returns the first 8 hex digits of the SHA-1 of `text`, for stable ids and keys. */
export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}

/**
 * The persons of a dataset, to which the import maps author names. A name belongs to a person
 * when it matches every spelling recorded for that person, so "J. Smith" joins "John Smith"
 * while "Jane Smith" stays apart once "John Smith" is recorded.
 */
export class PersonRegistry {
  private readonly persons: PersonEntry[];
  private readonly takenIds: Set<string>;
  private readonly changedIds = new Set<string>();

  constructor(documents: readonly StoredDocument[]) {
    this.takenIds = new Set(documents.map((document) => document._id));
    this.persons = documents
      .filter((document) => document._type === 'person' && typeof document.name === 'string')
      .map((document) => ({
        id: document._id,
        name: document.name as string,
        aliases: Array.isArray(document.aliases)
          ? document.aliases.filter((alias): alias is string => typeof alias === 'string')
          : [],
        isNew: false,
      }))
      .sort((a, b) => a.id.localeCompare(b.id, 'en'));
  }

  /** Returns the person for `name`, creating one or recording a new spelling as needed. */
  resolve(name: string): ResolvedPerson {
    const candidates = this.persons.filter((person) =>
      [person.name, ...person.aliases].every((spelling) => namesMatch(name, spelling)),
    );
    if (candidates.length === 0) {
      return { id: this.create(name), warnings: [] };
    }

    const key = nameKey(name);
    const exact = candidates.find((person) =>
      [person.name, ...person.aliases].some((spelling) => nameKey(spelling) === key),
    );
    const chosen = exact ?? candidates[0];
    if (!chosen) {
      return { id: this.create(name), warnings: [] };
    }

    const warnings =
      !exact && candidates.length > 1
        ? [
            `Author "${name}" matches ${candidates.length} persons (${candidates.map((person) => person.id).join(', ')}); linked to ${chosen.id}. Merge or rename them in the Studio.`,
          ]
        : [];
    // A guess between several persons records no spelling, so it cannot tip later matches.
    if (!exact && candidates.length === 1) {
      chosen.aliases.push(name);
      this.changedIds.add(chosen.id);
    }
    return { id: chosen.id, warnings };
  }

  /** Returns the person documents that the import created or gave a new spelling. */
  changedDocuments(existing: ReadonlyMap<string, StoredDocument>): StoredDocument[] {
    return this.persons
      .filter((person) => this.changedIds.has(person.id))
      .map((person) => {
        const base = existing.get(person.id) ?? { _id: person.id, _type: 'person' };
        return {
          ...base,
          name: person.name,
          ...(person.aliases.length > 0 ? { aliases: [...person.aliases] } : {}),
        };
      });
  }

  /** Returns the ids of persons that did not exist before the import. */
  createdIds(): string[] {
    return this.persons.filter((person) => person.isNew).map((person) => person.id);
  }

  private create(name: string): string {
    const base = `person-${asciiSlug(name, 80) || shortHash(name)}`;
    let id = base;
    for (let suffix = 2; this.takenIds.has(id); suffix += 1) {
      id = `${base}-${suffix}`;
    }
    this.takenIds.add(id);
    this.persons.push({ id, name, aliases: [], isNew: true });
    this.changedIds.add(id);
    return id;
  }
}
