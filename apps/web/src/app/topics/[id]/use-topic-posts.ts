'use client';

// The topic page's live data, isolated in one hook: today it polls `posts.byTopic`; a later
// issue swaps the polling for the api's SSE subscription without touching the components.
import { useEffect, useMemo, useRef, useState } from 'react';

import { POSTS_PAGE_SIZE } from '~/lib/posts';
import { api, type RouterOutputs } from '~/trpc/react';

export type TopicPostsPage = RouterOutputs['posts']['byTopic'];
export type PublicPost = TopicPostsPage['items'][number];

/** While anything is in evaluation the record changes by the second; otherwise it is calm. */
export const REFRESH_WHILE_EVALUATING_MS = 1_000;
export const REFRESH_IDLE_MS = 5_000;

const anyInEvaluation = (pages: readonly TopicPostsPage[] | undefined) =>
  pages?.some((page) => page.items.some((post) => post.inEvaluation)) ?? false;

export function useTopicPosts(topicId: string, initialPage: TopicPostsPage) {
  const query = api.posts.byTopic.useInfiniteQuery(
    { topicId, limit: POSTS_PAGE_SIZE },
    {
      initialData: { pages: [initialPage], pageParams: [null] },
      getNextPageParam: (last) => last.nextCursor,
      refetchInterval: (q) =>
        anyInEvaluation(q.state.data?.pages) ? REFRESH_WHILE_EVALUATING_MS : REFRESH_IDLE_MS,
    },
  );

  const posts = useMemo(() => {
    const seen = new Set<string>();
    const list: PublicPost[] = [];
    for (const page of query.data?.pages ?? []) {
      for (const post of page.items) {
        if (seen.has(post.id)) continue;
        seen.add(post.id);
        list.push(post);
      }
    }
    return list;
  }, [query.data]);

  // Rejected statements vanish from the record; tell screen-reader users it happened.
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<Map<string, PublicPost>>(new Map());
  useEffect(() => {
    const current = new Set(posts.map((p) => p.id));
    const removed = [...previous.current.values()].filter((p) => !current.has(p.id));
    if (removed.length > 0) {
      setAnnouncement(
        removed.length === 1
          ? `A statement by @${removed[0]?.author.username} was removed from the record by the Overlord.`
          : `${removed.length} statements were removed from the record by the Overlord.`,
      );
    }
    previous.current = new Map(posts.map((p) => [p.id, p]));
  }, [posts]);

  const inEvaluation = posts.filter((p) => p.inEvaluation).length;

  return {
    posts,
    inEvaluation,
    announcement,
    hasMore: query.hasNextPage,
    loadMore: () => void query.fetchNextPage(),
    loadingMore: query.isFetchingNextPage,
    /** The last refresh failed (the list shown is the last good one). */
    stale: query.isRefetchError,
    refreshMs: inEvaluation > 0 ? REFRESH_WHILE_EVALUATING_MS : REFRESH_IDLE_MS,
  };
}
