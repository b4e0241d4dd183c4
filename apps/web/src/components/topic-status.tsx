'use client';

// A topic proposal's status card (docs/product.md §7): its place in the single global queue,
// an estimate and the Overlord's commentary, kept live. Any topic event in the public queue
// stream can move its place, so the card re-reads `topics.status` on each (throttled), and once
// more on every (re)connection; polling only when the api refuses the stream.
import { useEffect, useRef, useState } from 'react';

import { createThrottle, normaliseLiveEvent } from '~/lib/live-events';
import { api } from '~/trpc/react';

import { QueueStatusCard, QueueStatusItem } from './queue-status';

const NOUN = { one: 'topic proposal', many: 'topic proposals' };
const REFETCH_THROTTLE_MS = 150;
const FALLBACK_POLL_MS = 5_000;

export function TopicStatus({ topicId }: { topicId: string }) {
  const [streamDown, setStreamDown] = useState(false);
  const { data: status, refetch } = api.topics.status.useQuery(
    { id: topicId },
    { refetchInterval: streamDown ? FALLBACK_POLL_MS : false },
  );
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;
  const [throttle] = useState(() =>
    createThrottle(() => void refetchRef.current(), REFETCH_THROTTLE_MS),
  );
  useEffect(() => () => throttle.cancel(), [throttle]);

  api.live.queues.useSubscription(
    {},
    {
      onStarted: () => {
        setStreamDown(false);
        throttle.request();
      },
      onData: (envelope) => {
        if (normaliseLiveEvent(envelope.data)?.kind === 'topic') throttle.request();
      },
      onError: () => setStreamDown(true),
    },
  );

  if (!status) return null;
  return (
    <QueueStatusCard title="Your proposal before the Overlord" testId="topic-status">
      <QueueStatusItem
        status={status}
        noun={NOUN}
        srLabel="Overlord commentary on your topic proposal"
        itemAttributes={{ 'data-proposal-id': status.id }}
      />
    </QueueStatusCard>
  );
}
