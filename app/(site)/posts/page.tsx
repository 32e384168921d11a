import type { Metadata } from 'next';

import { PostItems } from '@/components/posts/PostItems';
import { pageMetadata } from '@/lib/page-metadata';
import { getAllPosts } from '@/sanity/lib/post-content';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

export async function generateMetadata(): Promise<Metadata> {
  const identity = await getSiteIdentity();
  return pageMetadata({
    path: '/posts',
    title: 'Posts',
    description: 'Blog posts on research results, tools and infrastructure.',
    siteName: identity.name,
  });
}

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
