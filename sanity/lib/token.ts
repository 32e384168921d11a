import 'server-only';

/**
 * The Viewer token that reads drafts for draft mode and the Presentation tool. It must never reach
 * a browser bundle; `server-only` makes any client import a build error.
 */
export const readToken = process.env.SANITY_API_READ_TOKEN?.trim() || null;
