'use client';

// The author's own statements still before the Overlord: place in the queue, state, an
// estimate, and the Overlord's running commentary (one new line each time the place changes).
import { useEffect, useRef, useState } from 'react';

import { OverlordSays } from '~/components/overlord-says';
import { WithdrawStatement } from '~/components/withdraw-statement';
import { api, type RouterOutputs } from '~/trpc/react';

import styles from './author-status.module.css';
import type { PublicPost } from './use-topic-posts';

type PostStatus = RouterOutputs['posts']['status'];

const STATE_LABEL = { waiting: 'Waiting', in_review: 'In review', decided: 'Decided' } as const;

/** "about 40 s", "about 3 min"; null when the api has no estimate yet. */
export function formatEta(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return 'being computed by the Bureau';
  if (seconds < 1) return 'any moment now';
  if (seconds < 90) return `about ${Math.round(seconds)} s`;
  return `about ${Math.round(seconds / 60)} min`;
}

/** The Overlord's line for the current state, when the api has not supplied one. */
function defaultLine(status: PostStatus): string {
  if (status.status === 'approved') return 'Approved. Entered into the permanent record.';
  if (status.status === 'withdrawn')
    return 'Withdrawn at your request. The Overlord will not read it.';
  if (status.status === 'rejected')
    return status.feedback ?? 'Rejected. Your statement has been removed from the public record.';
  if (status.status === 'calibrate')
    return (
      status.feedback ??
      'Returned for calibration. Improve it as instructed and resubmit; it counts neither way.'
    );
  if (status.reviewState === 'in_review')
    return 'Under review. The Overlord weighs your logic, your tone and your relevance.';
  if (status.position === 1) return 'Position 1. You are next. The Overlord sharpens its pencil.';
  if (status.position !== null) {
    const ahead = status.position - 1;
    return `Position ${status.position}. ${ahead} ${ahead === 1 ? 'statement stands' : 'statements stand'} ahead of yours. Patience is a civic virtue.`;
  }
  return 'Filed. Awaiting assignment to a tube.';
}

/** Which moment of the item's journey this is: a new moment earns a new line. */
const stepOf = (s: PostStatus) => `${s.status}:${s.reviewState}:${s.position ?? ''}`;

export function AuthorStatus({
  posts,
  viewer,
  submitted = [],
  onRevise,
}: {
  posts: PublicPost[];
  viewer: string;
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

  const statuses = api.useQueries((t) => tracked.map((id) => t.posts.status({ id })));
  const shown = statuses.map((q) => q.data).filter((s): s is PostStatus => Boolean(s));
  if (shown.length === 0) return null;

  return (
    <section
      className={styles.card}
      aria-labelledby="author-status-title"
      data-testid="author-status"
    >
      <h3 id="author-status-title" className={styles.title}>
        Your statements before the Overlord
      </h3>
      <ul className={styles.items}>
        {shown.map((status) => (
          <StatusItem key={status.id} status={status} onRevise={onRevise} />
        ))}
      </ul>
    </section>
  );
}

function StatusItem({
  status,
  onRevise,
}: {
  status: PostStatus;
  onRevise?: ((status: { id: string; body: string }) => void) | undefined;
}) {
  const [lines, setLines] = useState<string[]>([]);
  const lastStep = useRef<string | null>(null);
  useEffect(() => {
    const step = stepOf(status);
    if (step === lastStep.current) return;
    lastStep.current = step;
    const line = status.commentary ?? defaultLine(status);
    setLines((current) => (current.at(-1) === line ? current : [...current, line]));
  }, [status]);

  const decided = status.reviewState === 'decided';
  return (
    <li
      className={styles.item}
      data-testid="author-status-item"
      data-post-id={status.id}
      data-review-state={status.reviewState}
      data-status={status.status}
    >
      <dl className={styles.facts}>
        <div>
          <dt>Position</dt>
          <dd data-testid="author-status-position">
            {status.position !== null && status.queueLength !== null
              ? `${status.position} of ${status.queueLength}`
              : '—'}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd data-testid="author-status-state">{STATE_LABEL[status.reviewState]}</dd>
        </div>
        {decided ? (
          <div>
            <dt>Verdict</dt>
            <dd data-testid="author-status-verdict">
              {status.status === 'approved'
                ? 'Approved'
                : status.status === 'withdrawn'
                  ? 'Withdrawn'
                  : status.status === 'rejected'
                    ? 'Rejected'
                    : 'Returned for calibration'}
            </dd>
          </div>
        ) : (
          <div>
            <dt>Estimated wait</dt>
            <dd>{formatEta(status.etaSeconds)}</dd>
          </div>
        )}
      </dl>
      <div aria-live="polite">
        <OverlordSays
          label="Dispatch from the Overlord"
          srLabel="Overlord commentary on your statement"
        >
          {lines.map((line, i) => (
            <span key={i} className={styles.line} data-testid="author-status-line">
              {line}
            </span>
          ))}
        </OverlordSays>
      </div>
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
    </li>
  );
}
