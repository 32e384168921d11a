import type { Metadata } from 'next';

import { HonorItems } from '@/components/home/HonorItems';
import { pageMetadata } from '@/lib/page-metadata';
import { getHonors } from '@/sanity/lib/content';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

export async function generateMetadata(): Promise<Metadata> {
  const identity = await getSiteIdentity();
  return pageMetadata({
    path: '/honors',
    title: 'Awards and honors',
    description: 'Awards, fellowships and honors, newest first.',
    siteName: identity.name,
  });
}

export default async function HonorsPage() {
  const honors = await getHonors();

  return (
    <div className="list-page">
      <h1>Awards and honors</h1>
      {honors.length > 0 ? (
        <HonorItems honors={honors} />
      ) : (
        <p className="empty-state">No honors yet.</p>
      )}
    </div>
  );
}
