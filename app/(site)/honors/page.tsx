import type { Metadata } from 'next';

import { HonorItems } from '@/components/home/HonorItems';
import { getHonors } from '@/sanity/lib/content';

export const metadata: Metadata = {
  title: 'Awards and honors',
  description: 'Awards, fellowships and honors, newest first.',
};

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
