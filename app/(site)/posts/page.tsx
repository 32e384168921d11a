import type { Metadata } from 'next';

import { PostItems } from '@/components/posts/PostItems';
import { getAllPosts } from '@/sanity/lib/post-content';

export const metadata: Metadata = {
  title: 'Posts',
  description: 'Blog posts on research results, tools and infrastructure.',
};

export default async function PostsPage() {
  const posts = await getAllPosts();

  return (
    <div className="list-page">
      <h1>Posts</h1>
      {posts.length > 0 ? (
        <PostItems posts={posts} headingLevel="h2" />
      ) : (
        <p className="empty-state">No posts yet.</p>
      )}
    </div>
  );
}
