/** Shown in the header and titles until the profile document has a name. */
export const FALLBACK_SITE_NAME = 'Research portfolio';
