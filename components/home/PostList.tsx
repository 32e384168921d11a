import Link from 'next/link';

import { PostItems } from '@/components/posts/PostItems';
import type { PostSummary } from '@/lib/content-types';

export function PostList({ posts }: { posts: readonly PostSummary[] }) {
  if (posts.length === 0) {
    return null;
  }

  return (
    <section aria-labelledby="posts-heading">
      <h2 id="posts-heading">Blog posts</h2>
      <PostItems posts={posts} headingLevel="h3" />
      <p>
        <Link href="/posts">All posts →</Link>
      </p>
    </section>
  );
}
