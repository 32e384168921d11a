// Paths of the feeds, shared by their routes, the page metadata that advertises them and the
// end-to-end tests.

export const FEED_PATHS = {
  posts: { rss: '/posts/rss.xml', atom: '/posts/atom.xml' },
  publications: { rss: '/publications/rss.xml', atom: '/publications/atom.xml' },
} as const;

export type FeedSubject = keyof typeof FEED_PATHS;
export type FeedFormat = 'rss' | 'atom';

const SUBJECT_TITLES: Record<FeedSubject, string> = {
  posts: 'Posts',
  publications: 'Publications',
};

/** `<link rel="alternate">` entries for every feed, in the shape of Next's `alternates.types`. */
export const FEED_ALTERNATES = {
  'application/rss+xml': (Object.keys(FEED_PATHS) as FeedSubject[]).map((subject) => ({
    url: FEED_PATHS[subject].rss,
    title: `${SUBJECT_TITLES[subject]} (RSS)`,
  })),
  'application/atom+xml': (Object.keys(FEED_PATHS) as FeedSubject[]).map((subject) => ({
    url: FEED_PATHS[subject].atom,
    title: `${SUBJECT_TITLES[subject]} (Atom)`,
  })),
};

export function feedTitle(subject: FeedSubject, siteName: string): string {
  return `${SUBJECT_TITLES[subject]} · ${siteName}`;
}
