import type { Metadata } from 'next';

import { AreaOverviewList } from '@/components/research/AreaOverviewList';
import { pageMetadata } from '@/lib/page-metadata';
import { getResearchAreaOverviews } from '@/sanity/lib/research-content';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

export async function generateMetadata(): Promise<Metadata> {
  const identity = await getSiteIdentity();
  return pageMetadata({
    path: '/research',
    title: 'Research',
    description: 'Research areas, each with its publications and posts.',
    siteName: identity.name,
  });
}

export default async function ResearchPage() {
  const areas = await getResearchAreaOverviews();

  return (
    <div className="list-page">
      <h1>Research areas</h1>
      {areas.length > 0 ? (
        <AreaOverviewList areas={areas} />
      ) : (
        <p className="empty-state">No research areas yet.</p>
      )}
    </div>
  );
}
