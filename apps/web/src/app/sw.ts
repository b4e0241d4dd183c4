// The service worker (docs/architecture.md §13), built by Serwist into /serwist/sw.js at
// `next build` (app/serwist/[path]/route.ts). What it keeps:
// - the app shell: Next's hashed static files (scripts, styles, fonts) and the icons, cache
//   first, since a hashed file never changes; the offline page, precached;
// - public reading pages, network first: the network always wins, and only when it fails is the
//   last copy shown, marked on <html> so the page says it is a copy (components/offline-notice);
// - nothing else: personal pages, the api and its live streams always go to the network, and a
//   page that cannot be fetched or found answers with the offline page.
/// <reference lib="webworker" />
import {
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  type PrecacheEntry,
  Serwist,
  type SerwistGlobalConfig,
  type SerwistPlugin,
} from 'serwist';

import { isReadingPage, OFFLINE_COPY_ATTRIBUTE, OFFLINE_PATH, PAGE_CACHE } from '../lib/offline';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const DAY = 24 * 60 * 60;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A page taken from the cache says so: its <html> carries when it was fetched. */
const markAsCopy: SerwistPlugin = {
  async cachedResponseWillBeUsed({ cachedResponse }) {
    if (!cachedResponse) return cachedResponse;
    const fetchedAt = cachedResponse.headers.get('date') ?? '';
    const html = await cachedResponse.text();
    return new Response(
      html.replace(/<html\b/i, `<html ${OFFLINE_COPY_ATTRIBUTE}="${escapeAttribute(fetchedAt)}"`),
      {
        status: cachedResponse.status,
        statusText: cachedResponse.statusText,
        headers: cachedResponse.headers,
      },
    );
  },
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === 'navigate' && isReadingPage(url.pathname),
      handler: new NetworkFirst({
        cacheName: PAGE_CACHE,
        plugins: [new ExpirationPlugin({ maxEntries: 40, maxAgeSeconds: 7 * DAY }), markAsCopy],
      }),
    },
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
      handler: new NetworkOnly(),
    },
    {
      matcher: ({ url, sameOrigin }) =>
        sameOrigin &&
        (url.pathname.startsWith('/_next/static/') || url.pathname.startsWith('/icons/')),
      handler: new CacheFirst({
        cacheName: 'overlord-static',
        plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * DAY })],
      }),
    },
  ],
  fallbacks: {
    entries: [{ url: OFFLINE_PATH, matcher: ({ request }) => request.destination === 'document' }],
  },
});

serwist.addEventListeners();
