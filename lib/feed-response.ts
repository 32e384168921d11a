import 'server-only';

import { getSiteIdentity } from '@/sanity/lib/site-identity';
import { getPostFeedEntries, getPublicationFeedEntries } from '@/sanity/lib/syndication';

import type { FeedEntry } from './content-types';
import { FEED_PATHS, type FeedFormat, type FeedSubject, feedTitle } from './feed-links';
import {
  ATOM_CONTENT_TYPE,
  buildAtomFeed,
  buildRssFeed,
  type FeedChannel,
  RSS_CONTENT_TYPE,
} from './feeds';
import { logHandledError } from './log';
import { absoluteUrl } from './site-url';

const ENTRY_GETTERS: Record<FeedSubject, () => Promise<FeedEntry[]>> = {
  posts: getPostFeedEntries,
  publications: getPublicationFeedEntries,
};

const PAGE_PATHS: Record<FeedSubject, string> = { posts: '/posts', publications: '/publications' };

/** Builds the response of a feed route, or a 503 that names no internals when content fails. */
export async function feedResponse(subject: FeedSubject, format: FeedFormat): Promise<Response> {
  try {
    const [identity, entries] = await Promise.all([getSiteIdentity(), ENTRY_GETTERS[subject]()]);
    const owner = identity.ownerName ? ` by ${identity.ownerName}` : '';
    const channel: FeedChannel = {
      title: feedTitle(subject, identity.name),
      description:
        subject === 'posts' ? `Blog posts${owner}.` : `Publications${owner}, newest first.`,
      author: identity.ownerName,
      pageUrl: absoluteUrl(PAGE_PATHS[subject]),
      rssUrl: absoluteUrl(FEED_PATHS[subject].rss),
      atomUrl: absoluteUrl(FEED_PATHS[subject].atom),
    };
    const body =
      format === 'rss'
        ? buildRssFeed(channel, entries, absoluteUrl)
        : buildAtomFeed(channel, entries, absoluteUrl);
    return new Response(body, {
      headers: {
        'content-type': format === 'rss' ? RSS_CONTENT_TYPE : ATOM_CONTENT_TYPE,
        'cache-control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600',
      },
    });
  } catch (error) {
    logHandledError(`GET ${FEED_PATHS[subject][format]}`, error);
    return new Response('The feed could not be generated. Try again shortly.\n', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' },
    });
  }
}
