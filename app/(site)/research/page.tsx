import type { Metadata } from 'next';

import { AreaOverviewList } from '@/components/research/AreaOverviewList';
import { getResearchAreaOverviews } from '@/sanity/lib/research-content';

export const metadata: Metadata = {
  title: 'Research',
  description: 'Research areas, each with its publications and posts.',
};

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
