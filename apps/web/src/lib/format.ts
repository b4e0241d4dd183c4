const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "26 Nov 2026, 14:05 UTC". Hand-formatted in UTC so the server's HTML and the browser's
 * re-render agree character for character (no hydration mismatch across time zones).
 */
export function formatTimestamp(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** The first `max` characters of a text, cut at a word boundary, with an ellipsis. */
export function excerpt(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:!?-]+$/, '')}…`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** The feed's orders (docs/product.md §4), with the words the page shows for them. */
export const FEED_SORTS = {
  newest: 'Newest',
  active: 'Most active',
  latest: 'Latest statement',
} as const;
export type FeedSort = keyof typeof FEED_SORTS;
export const isFeedSort = (value: string | undefined): value is FeedSort =>
  value !== undefined && Object.hasOwn(FEED_SORTS, value);

/** Topic feed links: `/` with only the parameters that are set. */
export function feedHref(params: {
  tag?: string | undefined;
  q?: string | undefined;
  sort?: FeedSort | undefined;
  cursor?: string | undefined;
}) {
  const search = new URLSearchParams();
  if (params.tag) search.set('tag', params.tag);
  if (params.q) search.set('q', params.q);
  // Newest is the default order and needs no parameter.
  if (params.sort && params.sort !== 'newest') search.set('sort', params.sort);
  if (params.cursor) search.set('cursor', params.cursor);
  const query = search.toString();
  return query ? `/?${query}` : '/';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

export const TAG_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
