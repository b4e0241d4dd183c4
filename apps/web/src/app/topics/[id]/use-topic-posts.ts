'use client';

// The topic page's live data, isolated in one hook. The list itself always comes from
// `posts.byTopic` (the record, keyed by post id); the api's `live.topic` stream only says when
// to read it again. Events carry Redis stream ids, and on reconnect the client resends the last
// one, so nothing is skipped; the refetch after every (re)connection reconciles whatever
// happened while the line was down, and keying by id means nothing shows twice.
import { useEffect, useMemo, useRef, useState } from 'react';

import { createThrottle, normaliseLiveEvent } from '~/lib/live-events';
import { POSTS_PAGE_SIZE } from '~/lib/posts';
import { api, type RouterOutputs } from '~/trpc/react';

export type TopicPostsPage = RouterOutputs['posts']['byTopic'];
export type PublicPost = TopicPostsPage['items'][number];

/** Bursts of events (a queue draining) cost one read of the record per interval. */
export const REFETCH_THROTTLE_MS = 150;
/** Only when the stream itself is refused (no live updates here) does the page poll. */
export const FALLBACK_POLL_MS = 5_000;

export function useTopicPosts(topicId: string, initialPage: TopicPostsPage) {
  const utils = api.useUtils();
  const [streamDown, setStreamDown] = useState(false);

  const query = api.posts.byTopic.useInfiniteQuery(
    { topicId, limit: POSTS_PAGE_SIZE },
    {
      initialData: { pages: [initialPage], pageParams: [null] },
      getNextPageParam: (last) => last.nextCursor,
      refetchInterval: streamDown ? FALLBACK_POLL_MS : false,
    },
  );

  const refetch = useRef(query.refetch);
  refetch.current = query.refetch;
  const utilsRef = useRef(utils);
  utilsRef.current = utils;
  // Any event in this topic can move the author's positions, so their statuses are read again
  // with the list.
  const [throttle] = useState(() =>
    createThrottle(() => {
      void refetch.current();
      void utilsRef.current.posts.status.invalidate();
    }, REFETCH_THROTTLE_MS),
  );
  useEffect(() => () => throttle.cancel(), [throttle]);

  const [everConnected, setEverConnected] = useState(false);
  const subscription = api.live.topic.useSubscription(
    { topicId },
    {
      // On every (re)connection read the record once: events published between the server
      // render and the first connection, or while the line was down, reached us in no event.
      onStarted: () => {
        setStreamDown(false);
        setEverConnected(true);
        throttle.request();
      },
      onData: (envelope) => {
        const event = normaliseLiveEvent(envelope.data);
        if (!event || event.kind !== 'post') return;
        throttle.request();
      },
      onError: () => setStreamDown(true),
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
  const live =
    subscription.status === 'pending'
      ? 'live'
      : subscription.status === 'error'
        ? 'down'
        : 'connecting';

  return {
    posts,
    inEvaluation,
    announcement,
    hasMore: query.hasNextPage,
    loadMore: () => void query.fetchNextPage(),
    loadingMore: query.isFetchingNextPage,
    /** The stream is reconnecting or refused, or the last read failed. */
    stale: (everConnected && live !== 'live') || query.isRefetchError,
    live,
  };
}
