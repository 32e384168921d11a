import type { Metadata } from 'next';

import { MediaItems } from '@/components/home/MediaItems';
import { getMediaMentions } from '@/sanity/lib/content';

export const metadata: Metadata = {
  title: 'Media coverage',
  description: 'Articles in the press about the research, newest first.',
};

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
