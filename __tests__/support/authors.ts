import type { AuthorView } from '@/lib/content-types';

/** Builds an author view with no person details and no marks, changed by `overrides`. */
export function authorView(
  key: string,
  name: string,
  overrides: Partial<AuthorView> = {},
): AuthorView {
  return {
    key,
    name,
    isOwner: false,
    personId: null,
    equalContribution: false,
    corresponding: false,
    orcid: null,
    homepage: null,
    ...overrides,
  };
}
