'use client';

import { useEffect, useState } from 'react';

import type { ExplorerFacets, FacetOption } from '@/lib/content-types';
import {
  type ExplorerFilters,
  LATEST_VERSIONS,
  MAX_QUERY_LENGTH,
  normalizeSearchText,
  toggle,
} from '@/lib/publication-filters';
import type { PublicationType } from '@/lib/publication-types';

type Props = {
  filters: ExplorerFilters;
  facets: ExplorerFacets;
  /**
   * Called with the new filters when JavaScript runs. Without JavaScript the form submits as a
   * GET. With `replace`, the current history entry is replaced rather than a new one added.
   */
  onChange: (filters: ExplorerFilters, options?: { replace: boolean }) => void;
  /** Whether the page has hydrated, so changes apply at once and the submit button can hide. */
  interactive: boolean;
};

const SEARCH_DELAY_MS = 300;

/**
 * Renders the explorer's filters as a GET form on /publications, so they work without JavaScript.
 * With JavaScript, each change goes to `onChange` and the form does not submit.
 */
export function FilterForm({ filters, facets, onChange, interactive }: Props) {
  const [text, setText] = useState(filters.q);
  const [urlText, setUrlText] = useState(filters.q);
  // The search text this box last put in the URL. The URL updates a little after the push, and
  // by then the visitor may have typed more, so that update must not overwrite the box.
  const [pushedText, setPushedText] = useState<string | null>(null);

  // Follow the URL when it changes from outside the text box (back button, clear link).
  if (filters.q !== urlText) {
    setUrlText(filters.q);
    setPushedText(null);
    if (filters.q !== pushedText) {
      setText(filters.q);
    }
  }

  useEffect(() => {
    const q = normalizeSearchText(text);
    if (!interactive || q === filters.q) {
      return;
    }
    const timer = setTimeout(() => {
      setPushedText(q);
      // Refining a search replaces its history entry, so Back leaves the search in one step
      // instead of walking through every pause in the typing.
      onChange({ ...filters, q }, { replace: filters.q !== '' });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, filters, interactive, onChange]);

  return (
    <form
      className="filters"
      method="get"
      action="/publications"
      role="search"
      aria-label="Filter publications"
      onSubmit={(event) => {
        event.preventDefault();
        const q = normalizeSearchText(text);
        setPushedText(q);
        onChange({ ...filters, q });
      }}
    >
      <div className="filters__search">
        <label htmlFor="explorer-q">Search publications</label>
        <input
          id="explorer-q"
          type="search"
          name="q"
          value={text}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Title or venue"
          onChange={(event) => setText(event.target.value)}
        />
      </div>

      <FacetFieldset
        legend="Research area"
        name="area"
        options={facets.areas}
        selected={filters.areas}
        onToggle={(value) => onChange({ ...filters, areas: toggle(filters.areas, value) })}
      />
      <FacetFieldset
        legend="Year"
        name="year"
        options={facets.years}
        selected={filters.years.map(String)}
        compact
        onToggle={(value) => onChange({ ...filters, years: toggle(filters.years, Number(value)) })}
      />
      <FacetFieldset
        legend="Type"
        name="type"
        options={facets.types}
        selected={filters.types}
        onToggle={(value) =>
          onChange({ ...filters, types: toggle(filters.types, value as PublicationType) })
        }
      />

      <fieldset className="facet">
        <legend>Versions</legend>
        <ul>
          <li>
            <input
              id="explorer-versions"
              type="checkbox"
              name="versions"
              value={LATEST_VERSIONS}
              checked={filters.latestVersions}
              onChange={() => onChange({ ...filters, latestVersions: !filters.latestVersions })}
            />
            <label htmlFor="explorer-versions">One entry per work (its most final version)</label>
          </li>
        </ul>
      </fieldset>

      <button type="submit" className="button" hidden={interactive}>
        Apply filters
      </button>
    </form>
  );
}

type FacetFieldsetProps = {
  legend: string;
  name: string;
  options: readonly FacetOption[];
  /** The values the URL selects; they lead over `option.selected`, which lags while loading. */
  selected: readonly string[];
  compact?: boolean;
  onToggle: (value: string) => void;
};

function FacetFieldset({
  legend,
  name,
  options,
  selected,
  compact = false,
  onToggle,
}: FacetFieldsetProps) {
  if (options.length === 0) {
    return null;
  }

  return (
    <fieldset className={compact ? 'facet facet--compact' : 'facet'}>
      <legend>{legend}</legend>
      <ul>
        {options.map((option) => {
          const id = `facet-${name}-${option.value}`;
          return (
            <li key={option.value}>
              <input
                id={id}
                type="checkbox"
                name={name}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={() => onToggle(option.value)}
              />
              <label htmlFor={id}>
                {option.label} <span className="facet__count">({option.count})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
