import 'server-only';

import { createOverlordClient } from '@overlord/trpc/client';
import { headers } from 'next/headers';
import { cache } from 'react';

import { env } from '~/env';

/**
 * The api as seen from Server Components (first paint). One client per request; the
 * visitor's cookie travels along so the api resolves the same identity as in the browser.
 * Reading the request headers also marks every page that uses it as dynamic.
 */
export const getServerApi = cache(() =>
  createOverlordClient({
    url: env.API_INTERNAL_URL,
    headers: async (): Promise<Record<string, string>> => {
      const cookie = (await headers()).get('cookie');
      return cookie ? { cookie } : {};
    },
  }),
);
