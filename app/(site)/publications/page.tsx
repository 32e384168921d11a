import type { Metadata } from 'next';
import Link from 'next/link';

import { PublicationExplorer } from '@/components/explorer/PublicationExplorer';
import {
  parseExplorerFilters,
  serializeExplorerFilters,
  toUrlSearchParams,
} from '@/lib/publication-filters';
import { getExplorerResult } from '@/sanity/lib/content';

export const metadata: Metadata = {
  title: 'Publications',
  description: 'Publications by research area, year and type.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PublicationsPage({ searchParams }: Props) {
  const parsed = parseExplorerFilters(toUrlSearchParams(await searchParams));

  return (
    <div className="publications-page">
      <h1>Publications</h1>
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
