import type { Metadata } from 'next';
import Link from 'next/link';

import { PublicationChart } from '@/components/charts/PublicationChart';
import { PublicationExplorer } from '@/components/explorer/PublicationExplorer';
import { pageMetadata } from '@/lib/page-metadata';
import {
  parseExplorerFilters,
  serializeExplorerFilters,
  toUrlSearchParams,
} from '@/lib/publication-filters';
import { getExplorerResult, getPublicationChart } from '@/sanity/lib/content';
import { getSiteIdentity } from '@/sanity/lib/site-identity';

/**
 * Builds the explorer's metadata. Every filtered view names the unfiltered list as its canonical
 * URL. A filtered view shows a subset of the same publications, each of which has its own page.
 * Filter combinations are endless, so search engines should index the one full list instead.
 */
export async function generateMetadata(): Promise<Metadata> {
  const identity = await getSiteIdentity();
  return pageMetadata({
    path: '/publications',
    title: 'Publications',
    description: identity.ownerName
      ? `Publications by ${identity.ownerName}, by research area, year and type.`
      : 'Publications by research area, year and type.',
    siteName: identity.name,
  });
}

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
