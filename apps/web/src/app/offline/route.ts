// The page the service worker shows when a page can be neither fetched nor found in its cache
// (docs/architecture.md §13). Plain HTML with its styles inline and no script: it is precached
// once and must render whatever else is missing, under the site's Content-Security-Policy
// (inline styles are allowed, inline scripts are not). "Try again" reloads the address asked for.
import { OFFLINE_PAGE } from '~/server/offline-page';

export const dynamic = 'force-static';

export function GET() {
  return new Response(OFFLINE_PAGE, {
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
  });
}
