import Link from 'next/link';

/**
 * Offers the ways on from a page that failed or does not exist: the home page, the publications
 * and a site search. The search is a plain GET form to /search, so it works without JavaScript
 * and while the failed page's scripts are broken.
 */
export function RecoveryLinks() {
  return (
    <div className="recovery">
      <nav aria-label="Ways on">
        <ul className="recovery__links">
          <li>
            <Link href="/">Home page</Link>
          </li>
          <li>
            <Link href="/publications">All publications</Link>
          </li>
        </ul>
      </nav>
      <form
        className="recovery__search"
        role="search"
        aria-label="Search for the page"
        method="get"
        action="/search"
      >
        <label htmlFor="recovery-search">Search for the page</label>
        <div className="recovery__search-row">
          <input id="recovery-search" type="search" name="q" required />
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </form>
    </div>
  );
}
