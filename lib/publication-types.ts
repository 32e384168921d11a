import { PUBLICATION_TYPES, type PublicationType } from '@/sanity/schemaTypes/constants';

export type { PublicationType };

const typeTitles = new Map<string, string>(
  PUBLICATION_TYPES.map((type) => [type.value, type.title]),
);

export function isPublicationType(value: string): value is PublicationType {
  return typeTitles.has(value);
}

/** Returns the title editors see for a publication type, such as "Conference". */
export function publicationTypeTitle(type: PublicationType): string {
  return typeTitles.get(type) ?? type;
}

/** Publication types in the order the schema lists them. */
export const PUBLICATION_TYPE_VALUES: readonly PublicationType[] = PUBLICATION_TYPES.map(
  (type) => type.value,
);
