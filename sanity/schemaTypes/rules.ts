import type { ValidationContext } from 'sanity';

/**
 * Returns a custom rule that rejects an end year before the start year in `startField` of the
 * same object. Either year may be empty.
 */
export function endYearNotBefore(startField: string) {
  return (endYear: number | undefined, context: ValidationContext): true | string => {
    const startYear = (context.parent as Record<string, unknown> | undefined)?.[startField];
    if (endYear === undefined || typeof startYear !== 'number' || endYear >= startYear) {
      return true;
    }
    return `End year must be ${startYear} (the start year) or later.`;
  };
}
