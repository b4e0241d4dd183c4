'use client';

// One conversation's live data. Like the topic page (use-topic-posts.ts) it polls: by the
// second while one of the viewer's own messages is in the tube, calmly otherwise.
import { useMemo } from 'react';

import { THREAD_PAGE_SIZE } from '~/lib/messages';
import { api, type RouterOutputs } from '~/trpc/react';

export type ThreadPage = RouterOutputs['messages']['thread'];
export type ThreadMessage = ThreadPage['items'][number];

export const REFRESH_WHILE_PENDING_MS = 1_000;
export const REFRESH_IDLE_MS = 5_000;

const anyPending = (pages: readonly ThreadPage[] | undefined) =>
  pages?.some((page) => page.items.some((m) => m.fromMe && m.status === 'pending')) ?? false;

export function useThread(initialPage: ThreadPage) {
  const username = initialPage.with.username;
  const query = api.messages.thread.useInfiniteQuery(
    { with: username, limit: THREAD_PAGE_SIZE },
    {
      initialData: { pages: [initialPage], pageParams: [null] },
      getNextPageParam: (last) => last.nextCursor,
      refetchInterval: (q) =>
        anyPending(q.state.data?.pages) ? REFRESH_WHILE_PENDING_MS : REFRESH_IDLE_MS,
    },
  );

  // Pages come newest first; the thread reads oldest first, like a letter file.
  const messages = useMemo(() => {
    const seen = new Set<string>();
    const list: ThreadMessage[] = [];
    for (const page of query.data?.pages ?? []) {
      for (const m of page.items) {
        if (seen.has(m.id)) continue;
        seen.add(m.id);
        list.push(m);
      }
    }
    return list.reverse();
  }, [query.data]);

  const pending = messages.filter((m) => m.fromMe && m.status === 'pending').length;

  return {
    username,
    messages,
    pending,
    hasEarlier: query.hasNextPage,
    loadEarlier: () => void query.fetchNextPage(),
    loadingEarlier: query.isFetchingNextPage,
    stale: query.isRefetchError,
  };
}
