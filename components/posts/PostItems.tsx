import Link from 'next/link';

import type { PostSummary } from '@/lib/content-types';
import { formatDate } from '@/lib/format';

type Props = {
  posts: readonly PostSummary[];
  /** Heading level of each title, so the list fits the outline of the page it is on. */
  headingLevel: 'h2' | 'h3';
};

/** Lists posts with their date, when known, and summary; each title links to the post's page. */
export function PostItems({ posts, headingLevel }: Props) {
  const Heading = headingLevel;

  return (
    <ul className="post-list">
      {posts.map((post) => (
        <li key={post.id}>
          <Heading>
            <Link href={post.href}>{post.title}</Link>
          </Heading>
          {post.date || post.externalUrl ? (
            <p className="post-list__meta">
              {post.date ? <time dateTime={post.date}>{formatDate(post.date)}</time> : null}
              {post.date && post.externalUrl ? ' · ' : null}
              {post.externalUrl ? 'Summary of an external article' : null}
            </p>
          ) : null}
          {post.summary ? <p className="post-list__summary">{post.summary}</p> : null}
        </li>
      ))}
    </ul>
  );
}
