import type { ReactNode } from 'react';

import styles from './search-form.module.css';

/**
 * A keyword search that works without JavaScript: a GET form whose `q` lands in the page's
 * search params. `hidden` carries filters that the search keeps (e.g. the current tag).
 */
export function SearchForm({
  action,
  id,
  label,
  query,
  placeholder,
  maxLength,
  hidden,
}: {
  action: string;
  id: string;
  label: ReactNode;
  query: string | null | undefined;
  placeholder: string;
  maxLength: number;
  hidden?: Record<string, string | null | undefined>;
}) {
  return (
    <form role="search" method="get" action={action} className={styles.search}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <div className={styles.row}>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={query ?? ''}
          maxLength={maxLength}
          placeholder={placeholder}
          className="field"
        />
        {Object.entries(hidden ?? {}).map(([name, value]) =>
          value ? <input key={name} type="hidden" name={name} value={value} /> : null,
        )}
        <button type="submit" className="button">
          Search
        </button>
      </div>
    </form>
  );
}
