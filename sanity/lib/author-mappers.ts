// Reshapes a publication's author list and the owner's identity into view data, deciding which
// authors are the site owner.
import type { AuthorView, OwnerIdentity } from '@/lib/content-types';
import { isSafeUrl } from '@/lib/format';
import { normalizeOrcid } from '@/lib/orcid';
import { matchesAnyName } from '@/lib/person-names';

import type { ExplorerPublicationsQueryResult, OwnerIdentityQueryResult } from '../types';

type AuthorResult = NonNullable<ExplorerPublicationsQueryResult[number]['authors']>[number];

/** The identity used when there is no profile, so that no author is highlighted. */
export const NO_OWNER: OwnerIdentity = { personId: null, names: [] };

export function toOwnerIdentity(owner: OwnerIdentityQueryResult): OwnerIdentity {
  if (!owner) {
    return NO_OWNER;
  }
  const spellings = [owner.name, owner.person?.name, ...(owner.person?.aliases ?? [])];
  const names = spellings.flatMap((name) => (name?.trim() ? [name.trim()] : []));
  return { personId: owner.person?._id ?? null, names: [...new Set(names)] };
}

/**
 * Returns the authors that name a person, in order. An author is the owner when it references
 * the profile's person, or when its name matches one of the owner's spellings.
 */
export function toAuthorViews(
  authors: readonly AuthorResult[] | null,
  owner: OwnerIdentity,
): AuthorView[] {
  // A reference to a deleted person dereferences to null, so that author is left out.
  return (authors ?? []).flatMap((author): AuthorView[] => {
    const person = author.person;
    const name = person?.name?.trim();
    if (!person || !name) {
      return [];
    }
    // NOTE: a coauthor printed with the owner's family name and initials ("A. Yazdanbakhsh")
    // matches too. Linking the owner's person in the profile does not prevent that.
    const isOwner =
      (owner.personId !== null && person._id === owner.personId) ||
      matchesAnyName(name, owner.names);
    return [
      {
        key: author._key,
        name,
        isOwner,
        personId: person._id,
        equalContribution: author.equalContribution === true,
        corresponding: author.corresponding === true,
        orcid: person.orcid ? normalizeOrcid(person.orcid) : null,
        homepage: person.homepage && isSafeUrl(person.homepage) ? person.homepage : null,
      },
    ];
  });
}
