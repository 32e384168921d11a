import type { Metadata } from 'next';

import { MediaItems } from '@/components/home/MediaItems';
import { pageMetadata } from '@/lib/page-metadata';
import { getMediaMentions } from '@/sanity/lib/content';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

export async function generateMetadata(): Promise<Metadata> {
  const identity = await getSiteIdentity();
  return pageMetadata({
    path: '/media',
    title: 'Media coverage',
    description: 'Articles in the press about the research, newest first.',
    siteName: identity.name,
  });
}

export default async function MediaPage() {
  const mentions = await getMediaMentions();

  return (
    <div className="list-page">
      <h1>Media coverage</h1>
      {mentions.length > 0 ? (
        <MediaItems mentions={mentions} />
      ) : (
        <p className="empty-state">No media coverage yet.</p>
      )}
    </div>
  );
}
