import Link from 'next/link';

type Props = {
  hasFilters: boolean;
  /** Clears the filters in place; without it the link loads /publications. */
  onClear?: (() => void) | undefined;
};

export function EmptyState({ hasFilters, onClear }: Props) {
  return (
    <div className="empty-state">
      <h2>No publications match these filters</h2>
      {hasFilters ? (
        <p>
          Try fewer filters or other search words, or{' '}
          <ClearFiltersLink onClear={onClear}>show all publications</ClearFiltersLink>.
        </p>
      ) : (
        <p>There are no publications yet.</p>
      )}
    </div>
  );
}

export function ClearFiltersLink({
  onClear,
  children,
}: {
  onClear?: (() => void) | undefined;
  children: React.ReactNode;
}) {
  return (
    <Link
      href="/publications"
      onClick={(event) => {
        if (onClear) {
          event.preventDefault();
          onClear();
        }
      }}
    >
      {children}
    </Link>
  );
}
