/** Shown in the header and titles until the profile document has a name. */
export const FALLBACK_SITE_NAME = 'Research portfolio';

/** The title of the 404 page, used in its <title> and its heading. */
export const NOT_FOUND_TITLE = 'Page not found';
