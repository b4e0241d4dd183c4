// A typed client for any TypeScript program (the web app, scripts, bots, tests):
//   const api = createOverlordClient({ url: 'http://localhost:4000' });
//   const { items } = await api.topics.list.query({ limit: 10 });
// Live subscriptions (server-sent events) need an EventSource: browsers have one; on Node pass
// the `eventsource` package's: createOverlordClient({ url, EventSource }).
import {
  createTRPCClient,
  httpBatchLink,
  httpBatchStreamLink,
  httpSubscriptionLink,
  splitLink,
  type TRPCClient,
} from '@trpc/client';
import superjson from 'superjson';

import type { AppRouter } from './root.ts';

type EventSourceConstructor = NonNullable<
  Parameters<typeof httpSubscriptionLink>[0]['EventSource']
>;

export interface OverlordClientOptions {
  /** The api's origin, e.g. https://api.robot-overlord.example */
  url: string;
  /** Extra headers per request (a session cookie for a script, for example). */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  fetch?: typeof fetch;
  /** EventSource implementation for subscriptions (defaults to the global one). */
  EventSource?: EventSourceConstructor;
}

export const TRPC_PATH = '/trpc';

/** Procedures per batched request; the api refuses batches over API_MAX_BATCH_SIZE (20). */
export const CLIENT_BATCH_ITEMS = 10;

export function createOverlordClient(options: OverlordClientOptions): TRPCClient<AppRouter> {
  const url = new URL(TRPC_PATH, options.url).toString();
  const headers: NonNullable<OverlordClientOptions['headers']> = options.headers ?? (() => ({}));
  const baseFetch = options.fetch ?? fetch;
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({
          url,
          transformer: superjson,
          ...(options.EventSource ? { EventSource: options.EventSource } : {}),
          // Browsers send cookies with credentials; Node's EventSource takes a fetch that adds
          // the caller's headers (a session cookie).
          eventSourceOptions: async () => {
            const extra = await headers();
            return {
              withCredentials: true,
              fetch: (input: string | URL | Request, init?: RequestInit) =>
                baseFetch(input, {
                  ...init,
                  headers: { ...(init?.headers as Record<string, string>), ...extra },
                }),
            };
          },
        }),
        false: splitLink({
          // The Overlord's chat answer streams in chunks: tRPC's JSON-lines link reads it.
          condition: (op) => op.path === 'chat.ask',
          true: httpBatchStreamLink({
            url,
            transformer: superjson,
            headers,
            ...(options.fetch ? { fetch: options.fetch } : {}),
          }),
          false: httpBatchLink({
            url,
            transformer: superjson,
            headers,
            maxItems: CLIENT_BATCH_ITEMS,
            ...(options.fetch ? { fetch: options.fetch } : {}),
          }),
        }),
      }),
    ],
  });
}

export type { AppRouter };
