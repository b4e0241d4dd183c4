'use client';

// The one place the browser's tRPC client is wired up. Components import `api` and
// `TRPCReactProvider` from here only, so moving to @trpc/tanstack-react-query later touches
// this module and the few hooks that call `api.*`.
import type { AppRouter } from '@overlord/trpc';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { httpBatchLink, httpBatchStreamLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { createTRPCReact, type inferReactQueryProcedureOptions } from '@trpc/react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { useState, type ReactNode } from 'react';
import superjson from 'superjson';

export const api = createTRPCReact<AppRouter>();

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type ReactQueryOptions = inferReactQueryProcedureOptions<AppRouter>;

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Pages arrive with server-rendered data; do not refetch it the moment they hydrate.
        staleTime: 1_000,
        retry: (failureCount, error) => {
          const code = (error as { data?: { code?: string } } | null)?.data?.code;
          if (code === 'NOT_FOUND' || code === 'BAD_REQUEST' || code === 'UNAUTHORIZED')
            return false;
          return failureCount < 2;
        },
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

function getQueryClient() {
  // On the server (the SSR pass of client components) every request gets a fresh client.
  if (typeof window === 'undefined') return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

/**
 * `apiUrl` is env.NEXT_PUBLIC_API_URL, handed down by the root layout (a Server Component) so
 * the env module and its validator stay out of the browser bundle.
 */
/** The one procedure whose answer streams (see packages/trpc/src/client.ts). */
const STREAMED_PATH = 'chat.ask';

export function TRPCReactProvider({ apiUrl, children }: { apiUrl: string; children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    api.createClient({
      links: [
        splitLink({
          condition: (op) => op.type === 'subscription',
          // Live streams are server-sent events. The api lives on another origin, so the
          // EventSource must carry the parent-domain session cookie explicitly. On reconnect
          // the link resends the last tracked event id and the stream resumes right after it.
          true: httpSubscriptionLink({
            url: `${apiUrl}/trpc`,
            transformer: superjson,
            eventSourceOptions: { withCredentials: true },
          }),
          false: splitLink({
            // Answers of the Overlord's chat stream in chunks (tRPC's JSON-lines link).
            condition: (op) => op.path === STREAMED_PATH,
            true: httpBatchStreamLink({
              url: `${apiUrl}/trpc`,
              transformer: superjson,
              fetch: (url, options) => fetch(url, { ...options, credentials: 'include' }),
            }),
            false: httpBatchLink({
              url: `${apiUrl}/trpc`,
              transformer: superjson,
              // The api refuses batches over API_MAX_BATCH_SIZE (default 20).
              maxItems: 10,
              // The session cookie is scoped to the parent domain; send it to the api's origin.
              fetch: (url, options) => fetch(url, { ...options, credentials: 'include' }),
            }),
          }),
        }),
      ],
    }),
  );

  return (
    <api.Provider client={trpcClient} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </api.Provider>
  );
}
