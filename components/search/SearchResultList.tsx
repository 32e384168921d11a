import Link from 'next/link';

import type { SearchHitKind, SearchResults } from '@/lib/content-types';

const KIND_LABELS: Record<SearchHitKind, { one: string; many: string }> = {
  publication: { one: 'Publication', many: 'publications' },
  post: { one: 'Post', many: 'posts' },
  honor: { one: 'Honor', many: 'honors' },
};

/** Lists search hits best first, each labelled with its type, or an empty state. */
export function SearchResultList({ results }: { results: SearchResults }) {
  if (results.hits.length === 0) {
    return (
      <div className="empty-state">
        <h2>Nothing matches “{results.q}”</h2>
        <p>
          Check the spelling, try fewer words, or type the start of a word: “quant” finds
          “quantization”. Every word must appear in the same publication, post or honor.
        </p>
        <p>
          <Link href="/publications">Browse all publications</Link>
        </p>
      </div>
    );
  }

  return (
    <section aria-labelledby="search-results-heading" className="search-results">
      <h2 id="search-results-heading" className="visually-hidden">
        Results
      </h2>
      <p className="search-results__summary">{describeCounts(results)}</p>
      <ol className="search-results__list">
        {results.hits.map((hit) => (
          <li key={hit.id} className="search-hit">
            <h3 className="search-hit__title">
              <Link href={hit.href}>{hit.title}</Link>
            </h3>
            <p className="search-hit__meta">
              <span className={`search-hit__kind search-hit__kind--${hit.kind}`}>
                {KIND_LABELS[hit.kind].one}
              </span>
              {hit.details.map((detail) => (
                <span key={detail}> · {detail}</span>
              ))}
            </p>
            {hit.summary ? <p className="search-hit__summary">{hit.summary}</p> : null}
          </li>
        ))}
      </ol>
      {results.truncated ? (
        <p className="notice">
          Only the best {results.hits.length} results are listed. Add a word to narrow the search.
        </p>
      ) : null}
    </section>
  );
}

/** Describes the hits, e.g. "7 results: 5 publications, 1 post and 1 honor". */
export function describeCounts(results: SearchResults): string {
  const total = results.hits.length;
  const parts = (Object.keys(KIND_LABELS) as SearchHitKind[])
    .filter((kind) => results.counts[kind] > 0)
    .map((kind) => {
      const count = results.counts[kind];
      const label = count === 1 ? KIND_LABELS[kind].one.toLowerCase() : KIND_LABELS[kind].many;
      return `${count} ${label}`;
    });
  const list =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  return `${total} ${total === 1 ? 'result' : 'results'}: ${list}`;
}
