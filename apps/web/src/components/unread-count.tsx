'use client';

// The header's count of unread dispatches, kept live (docs/product.md §13): the citizen's own
// stream (`live.dispatches`) signals each new dispatch and the count is read again from the api,
// and once more on every (re)connection for whatever arrived while no stream was open. Other
// parts of the page (the dispatch list) hear about it through a window event, so one stream
// serves them all. When the api refuses the stream the count is polled, slowly.
import { useEffect, useRef, useState } from 'react';

import { api } from '~/trpc/react';

/** Fired on `window` for each new dispatch. */
export const DISPATCH_EVENT = 'overlord:dispatch';
const FALLBACK_POLL_MS = 60_000;

const announce = () => window.dispatchEvent(new Event(DISPATCH_EVENT));

export function UnreadCount({ initial, className }: { initial: number; className?: string }) {
  const utils = api.useUtils();
  const [streamDown, setStreamDown] = useState(false);
  const { data, refetch } = api.notifications.unread.useQuery(undefined, {
    initialData: { unread: initial },
    refetchInterval: streamDown ? FALLBACK_POLL_MS : false,
  });
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;
  const unread = data?.unread ?? initial;
  const unreadRef = useRef(unread);
  unreadRef.current = unread;

  // A server refresh (marking dispatches read) renders the header with a new count: take it.
  const lastInitial = useRef(initial);
  useEffect(() => {
    if (lastInitial.current === initial) return;
    lastInitial.current = initial;
    utils.notifications.unread.setData(undefined, { unread: initial });
  }, [initial, utils]);

  api.live.dispatches.useSubscription(
    {},
    {
      onStarted: () => {
        setStreamDown(false);
        // Whatever arrived before the stream was open reached us in no event.
        const before = unreadRef.current;
        void refetchRef.current().then((result) => {
          if (result.data && result.data.unread !== before) announce();
        });
      },
      onData: () => {
        void refetchRef.current();
        announce();
      },
      onError: () => setStreamDown(true),
    },
  );

  if (unread <= 0) return null;
  return (
    <span className={className} data-testid="unread-count">
      {unread}
      <span className="visually-hidden"> unread</span>
    </span>
  );
}
