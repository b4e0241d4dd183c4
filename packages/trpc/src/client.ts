// A typed client for any TypeScript program (the web app, scripts, bots, tests):
//   const api = createOverlordClient({ url: 'http://localhost:4000' });
//   const { items } = await api.topics.list.query({ limit: 10 });
import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import superjson from 'superjson';

import type { AppRouter } from './root.ts';

export interface OverlordClientOptions {
  /** The api's origin, e.g. https://api.robot-overlord.example */
  url: string;
  /** Extra headers per request (a session cookie for a script, for example). */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  fetch?: typeof fetch;
}

export const TRPC_PATH = '/trpc';

export function createOverlordClient(options: OverlordClientOptions): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: new URL(TRPC_PATH, options.url).toString(),
        transformer: superjson,
        headers: options.headers ?? (() => ({})),
        ...(options.fetch ? { fetch: options.fetch } : {}),
      }),
    ],
  });
}

export type { AppRouter };
