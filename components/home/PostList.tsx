import type { PostSummary } from '@/lib/content-types';

// TODO: link each post to its own page once /posts/[slug] exists. Until then the list shows the
// whole summary, with a link only when the post has an external URL.
export function PostList({ posts }: { posts: readonly PostSummary[] }) {
  if (posts.length === 0) {
    return null;
  }

  return (
    <section aria-labelledby="posts-heading">
      <h2 id="posts-heading">Blog posts</h2>
      <ul className="post-list">
        {posts.map((post) => (
          <li key={post.id}>
            <h3>
              {post.externalUrl ? (
                <a href={post.externalUrl} rel="noopener noreferrer">
                  {post.title}
                </a>
              ) : (
                post.title
              )}
            </h3>
            {post.date ? <p className="post-list__date">{post.date}</p> : null}
            {post.summary ? <p>{post.summary}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
