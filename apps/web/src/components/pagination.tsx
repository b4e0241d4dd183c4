import Link from 'next/link';

import styles from './ui.module.css';

/**
 * Previous / next links with "Page n of m". Works for numbered pages and for cursors alike:
 * the caller passes the hrefs (null where there is no such page).
 */
export function Pagination({
  label,
  prevHref,
  nextHref,
  prevText = '← Previous',
  nextText = 'Next →',
  page,
  pageCount,
}: {
  label: string;
  prevHref: string | null;
  nextHref: string | null;
  prevText?: string;
  nextText?: string;
  page?: number;
  pageCount?: number;
}) {
  if (!prevHref && !nextHref) return null;
  return (
    <nav aria-label={label} className={styles.pager} data-testid="pagination">
      {prevHref ? (
        <Link href={prevHref} className="button button-quiet" rel="prev">
          {prevText}
        </Link>
      ) : (
        <span />
      )}
      {page && pageCount ? (
        <p className={styles.pagerStatus} aria-current="page">
          Page {page} of {pageCount}
        </p>
      ) : null}
      {nextHref ? (
        <Link href={nextHref} className="button button-quiet" rel="next">
          {nextText}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** `path?…&page=n`, leaving out page 1 and unset parameters. */
export function pageHref(path: string, params: Record<string, string | undefined>, page: number) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  if (page > 1) search.set('page', String(page));
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** A positive page number from the query string (anything else is page 1). */
export function readPage(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}
