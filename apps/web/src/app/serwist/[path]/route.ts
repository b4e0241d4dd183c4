// Serves the service worker (app/sw.ts) as /serwist/sw.js. Serwist bundles it with esbuild while
// `next build` prerenders this route, adding the precache list (docs/architecture.md §13), so a
// running server never builds anything and nothing is fetched from the network.
import { createHash } from 'node:crypto';

import { createSerwistRoute } from '@serwist/turbopack';

import { OFFLINE_PATH } from '~/lib/offline';
import { OFFLINE_PAGE } from '~/server/offline-page';

const offlineRevision = createHash('sha256').update(OFFLINE_PAGE).digest('hex').slice(0, 16);

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute(
  {
    swSrc: 'src/app/sw.ts',
    useNativeEsbuild: true,
    // Installing stays cheap: only the icons and the offline page up front. Next's hashed files
    // are kept as pages first use them (app/sw.ts), not all of them on every first visit.
    globPatterns: ['public/**/*'],
    additionalPrecacheEntries: [{ url: OFFLINE_PATH, revision: offlineRevision }],
  },
);
