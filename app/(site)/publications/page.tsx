import type { Metadata } from 'next';
import Link from 'next/link';

import { PublicationChart } from '@/components/charts/PublicationChart';
import { PublicationExplorer } from '@/components/explorer/PublicationExplorer';
import {
  parseExplorerFilters,
  serializeExplorerFilters,
  toUrlSearchParams,
} from '@/lib/publication-filters';
import { getExplorerResult, getPublicationChart } from '@/sanity/lib/content';

export const metadata: Metadata = {
  title: 'Publications',
  description: 'Publications by research area, year and type.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PublicationsPage({ searchParams }: Props) {
  const parsed = parseExplorerFilters(toUrlSearchParams(await searchParams));
  // The chart counts all publications whatever the filters, so it stays a map of the whole list
  // from which a year or an area can be chosen.
  const chart = await getPublicationChart();

  return (
    <div className="publications-page">
      <h1>Publications</h1>
      <PublicationChart chart={chart} />
      {parsed.ok ? (
        <PublicationExplorer
          initialQuery={serializeExplorerFilters(parsed.filters)}
          initialResult={await getExplorerResult(parsed.filters)}
        />
      ) : (
        <div className="empty-state" role="alert">
          <h2>This link has an invalid filter</h2>
          <p>{parsed.error}</p>
          <p>
            <Link href="/publications">Show all publications</Link>
          </p>
        </div>
      )}
    </div>
  );
}
