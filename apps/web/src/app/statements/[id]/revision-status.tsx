'use client';

// A revision waiting in its topic's queue (docs/product.md §17), seen from its statement's page.
// Its author gets the status card every statement has (place, state, estimate, commentary) and
// may withdraw it while it waits; everyone else is told that one waits. The topic's live stream
// says when to read again; once the Overlord has ruled, the page is read again from the server,
// so the new text (or the rejection in the history) shows without a reload.
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

import { QueueStatusCard, QueueStatusItem } from '~/components/queue-status';
import { WithdrawStatement } from '~/components/withdraw-statement';
import { createThrottle, normaliseLiveEvent } from '~/lib/live-events';
import { api } from '~/trpc/react';

import styles from './statement.module.css';

const NOUN = { one: 'revision', many: 'statements' };
/** Only when the stream is refused does the page poll. */
const FALLBACK_POLL_MS = 5_000;

/** Calls `onEvent` (throttled) for every step of every statement of the topic. */
function useTopicEvents(topicId: string, onEvent: (id: string, decided: boolean) => void) {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const [down, setDown] = useState(false);
  api.live.topic.useSubscription(
    { topicId },
    {
      onStarted: () => setDown(false),
      onData: (envelope) => {
        const event = normaliseLiveEvent(envelope.data);
        if (event?.kind === 'post') handler.current(event.id, event.type === 'decided');
      },
      onError: () => setDown(true),
    },
  );
  return down;
}

/** The author's card for their waiting revision. */
export function RevisionStatus({ id, topicId }: { id: string; topicId: string }) {
  const router = useRouter();
  const utils = api.useUtils();
  const [down, setDown] = useState(false);
  const status = api.posts.status.useQuery(
    { id },
    { refetchInterval: down ? FALLBACK_POLL_MS : false },
  );
  const [throttle] = useState(() =>
    createThrottle(() => void utils.posts.status.invalidate({ id }), 150),
  );
  useEffect(() => () => throttle.cancel(), [throttle]);
  const streamDown = useTopicEvents(topicId, () => throttle.request());
  useEffect(() => setDown(streamDown), [streamDown]);

  const decided = status.data?.reviewState === 'decided';
  useEffect(() => {
    if (decided) router.refresh();
  }, [decided, router]);

  if (!status.data) return null;
  return (
    <QueueStatusCard title="Your revision before the Overlord" testId="revision-status">
      <QueueStatusItem
        status={status.data}
        noun={NOUN}
        srLabel="Overlord commentary on your revision"
        itemAttributes={{ 'data-post-id': id }}
      >
        {status.data.status === 'pending' && status.data.reviewState === 'waiting' ? (
          <WithdrawStatement id={id} noun="revision" onWithdrawn={() => router.refresh()} />
        ) : null}
      </QueueStatusItem>
    </QueueStatusCard>
  );
}

/** What everyone else sees: a revision waits; the page is read again once it is decided. */
export function RevisionWatch({ id, topicId }: { id: string; topicId: string }) {
  const router = useRouter();
  useTopicEvents(topicId, (eventId, decided) => {
    if (eventId === id && decided) router.refresh();
  });
  return (
    <p className={styles.revisionNotice} data-testid="revision-waiting">
      A revision of this statement waits in the queue. The text above stands until the Overlord
      approves it.
    </p>
  );
}
