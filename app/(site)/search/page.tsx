import type { Metadata } from 'next';

import { SearchForm } from '@/components/search/SearchForm';
import { SearchResultList } from '@/components/search/SearchResultList';
import { toUrlSearchParams } from '@/lib/publication-filters';
import { parseSearchParams } from '@/lib/search-params';
import { searchSite } from '@/sanity/lib/search';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FORM_LABEL = 'Search publications, posts and honors';

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseSearchParams(toUrlSearchParams(await searchParams));
  return {
    title: parsed.ok && parsed.q ? `Search results for “${parsed.q}”` : 'Search',
    // Result pages change with the content and would only duplicate the pages they link to.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const parsed = parseSearchParams(toUrlSearchParams(await searchParams));

  if (!parsed.ok) {
    return (
      <div className="search-page">
        <h1>Search</h1>
        <div className="empty-state" role="alert">
          <h2>This search link is invalid</h2>
          <p>{parsed.error}</p>
        </div>
        <SearchForm id="search-page-q" label={FORM_LABEL} />
      </div>
    );
  }

  if (parsed.q === '') {
    return (
      <div className="search-page">
        <h1>Search</h1>
        <p>
          Type a word or the start of one, such as “sparsity” or “accel”. The search covers the
          titles, venues and abstracts of publications, posts and honors.
        </p>
        <SearchForm id="search-page-q" label={FORM_LABEL} />
      </div>
    );
  }

  const results = await searchSite(parsed.q);
  return (
    <div className="search-page">
      <h1>Search results for “{parsed.q}”</h1>
      <SearchForm id="search-page-q" label={FORM_LABEL} defaultValue={parsed.q} />
      <SearchResultList results={results} />
    </div>
  );
}
