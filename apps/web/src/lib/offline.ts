// Names the service worker (src/app/sw.ts) and the pages share. Kept free of DOM and worker
// types so both sides can import it.

/** Cache of reading pages, kept for offline reading (docs/architecture.md §13). */
export const PAGE_CACHE = 'overlord-pages';

/** The page the service worker answers with when a page cannot be fetched or found cached. */
export const OFFLINE_PATH = '/offline';

/** Where the service worker is served; registered with scope '/'. */
export const SERVICE_WORKER_PATH = '/serwist/sw.js';

/**
 * Pages that may be shown from the cache when the network is down: public reading, where an
 * older copy (clearly marked) beats nothing. Personal pages (account, messages, dispatches, the
 * Graveyard, the docket, the chat) are never kept: a cached copy would outlive a sign-out.
 */
export function isReadingPage(pathname: string): boolean {
  return (
    pathname === '/' ||
    pathname === '/queues' ||
    pathname === '/leaderboard' ||
    pathname === '/citizens' ||
    /^\/topics\/[^/]+$/.test(pathname) ||
    /^\/citizens\/[^/]+$/.test(pathname)
  );
}

/** The attribute a page served from the cache carries on <html>, holding when it was fetched. */
export const OFFLINE_COPY_ATTRIBUTE = 'data-offline-copy';
