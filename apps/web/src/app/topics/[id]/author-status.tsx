'use client';

// The author's own statements still before the Overlord, on the shared status card
// (components/queue-status.tsx): place in the queue, state, an estimate, the commentary.
import { useEffect, useState } from 'react';

import { QueueStatusCard, QueueStatusItem } from '~/components/queue-status';
import { WithdrawStatement } from '~/components/withdraw-statement';
import { api, type RouterOutputs } from '~/trpc/react';

import { FALLBACK_POLL_MS, type PublicPost } from './use-topic-posts';

type PostStatus = RouterOutputs['posts']['status'];

const NOUN = { one: 'statement', many: 'statements' };
/** With the stream up, an undecided statement is still read now and then: an event lost on the
 *  way (a reconnect the stream did not report) must not leave the card waiting forever. */
const SAFETY_POLL_MS = 15_000;

export function AuthorStatus({
  posts,
  viewer,
  submitted = [],
  onRevise,
  streamUp = true,
}: {
  posts: PublicPost[];
  viewer: string;
  /** Whether the topic's live stream is connected; while it is not, statuses are polled. */
  streamUp?: boolean;
  /** Statements this page just submitted: tracked at once, even if judged before a re-read. */
  submitted?: string[];
  /** Opens the composer on a calibrated statement's text, to resubmit it. */
  onRevise?: (status: { id: string; body: string }) => void;
}) {
  // Once tracked, a statement stays on the card after its verdict, including a rejection that
  // removes it from the public list.
  const [tracked, setTracked] = useState<string[]>([]);
  useEffect(() => {
    const mine = [
      ...submitted,
      ...posts
        .filter((p) => p.author.username === viewer && p.status === 'pending')
        .map((p) => p.id),
    ];
    setTracked((current) => {
      const missing = mine.filter((id) => !current.includes(id));
      return missing.length > 0 ? [...current, ...missing] : current;
    });
  }, [posts, viewer, submitted]);

  const statuses = api.useQueries((t) =>
    tracked.map((id) =>
      t.posts.status(
        { id },
        {
          refetchInterval: (query) =>
            query.state.data?.reviewState === 'decided'
              ? false
              : streamUp
                ? SAFETY_POLL_MS
                : FALLBACK_POLL_MS,
        },
      ),
    ),
  );
  const shown = statuses.map((q) => q.data).filter((s): s is PostStatus => Boolean(s));
  if (shown.length === 0) return null;

  return (
    <QueueStatusCard title="Your statements before the Overlord" testId="author-status">
      {shown.map((status) => (
        <QueueStatusItem
          key={status.id}
          status={status}
          noun={NOUN}
          srLabel="Overlord commentary on your statement"
          itemAttributes={{ 'data-post-id': status.id }}
        >
          {status.status === 'pending' && status.reviewState === 'waiting' ? (
            <WithdrawStatement id={status.id} />
          ) : null}
          {status.status === 'calibrate' && onRevise ? (
            <button
              type="button"
              className="button"
              onClick={() => onRevise({ id: status.id, body: status.body })}
            >
              Revise and resubmit
            </button>
          ) : null}
        </QueueStatusItem>
      ))}
    </QueueStatusCard>
  );
}
