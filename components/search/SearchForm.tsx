import Form from 'next/form';

import { MAX_QUERY_LENGTH } from '@/lib/publication-filters';

type Props = {
  /** The input's id. It must be unique, because the search page shows two of these forms. */
  id: string;
  label: string;
  /** Hides the label visually; screen readers still read it. */
  hideLabel?: boolean;
  defaultValue?: string;
  className?: string;
};

/**
 * Renders a GET form to /search. next/form turns a submission into a client-side navigation
 * when JavaScript runs; without it the browser submits the form as usual.
 */
export function SearchForm({ id, label, hideLabel = false, defaultValue = '', className }: Props) {
  return (
    <Form
      action="/search"
      role="search"
      aria-label={label}
      className={['search-form', className].filter(Boolean).join(' ')}
    >
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'search-form__label'}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        className="search-form__input"
      />
      <button type="submit" className="search-form__button">
        Search
      </button>
    </Form>
  );
}
