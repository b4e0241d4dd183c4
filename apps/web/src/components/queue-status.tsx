'use client';

// One item's status card before the Overlord (docs/product.md §7): its place in the queue, its
// state, an estimate, and the Overlord's running commentary (one new line each time the place
// changes). Statements, topic proposals and private messages all show it; the caller reads the
// status and keeps it fresh (live stream or polling).
import { useEffect, useRef, useState, type ReactNode } from 'react';

import { OverlordSays } from './overlord-says';
import styles from './queue-status.module.css';

export interface QueueStatus {
  id: string;
  status: 'pending' | 'approved' | 'rejected' | 'calibrate' | 'withdrawn';
  reviewState: 'waiting' | 'in_review' | 'decided';
  position: number | null;
  queueLength: number | null;
  etaSeconds: number | null;
  feedback: string | null;
  commentary: string | null;
}

/** What is waiting, in the Overlord's words: "statement", "topic proposal", "message". */
export interface QueueNoun {
  one: string;
  many: string;
}

const STATE_LABEL = { waiting: 'Waiting', in_review: 'In review', decided: 'Decided' } as const;

/** "about 40 s", "about 3 min"; null when the api has no estimate yet. */
export function formatEta(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return 'being computed by the Bureau';
  if (seconds < 1) return 'any moment now';
  if (seconds < 90) return `about ${Math.round(seconds)} s`;
  return `about ${Math.round(seconds / 60)} min`;
}

/** The Overlord's line for the current state, when the api has not supplied one. */
function defaultLine(status: QueueStatus, noun: QueueNoun): string {
  if (status.status === 'approved') return 'Approved. Entered into the permanent record.';
  if (status.status === 'withdrawn')
    return `Withdrawn at your request. The Overlord will not read your ${noun.one}.`;
  if (status.status === 'rejected')
    return status.feedback ?? `Rejected. Your ${noun.one} has been removed from the public record.`;
  if (status.status === 'calibrate')
    return (
      status.feedback ??
      'Returned for calibration. Improve it as instructed and resubmit; it counts neither way.'
    );
  if (status.reviewState === 'in_review')
    return `Under review. The Overlord weighs your ${noun.one}: its logic, its tone, its place.`;
  if (status.position === 1) return 'Position 1. You are next. The Overlord sharpens its pencil.';
  if (status.position !== null) {
    const ahead = status.position - 1;
    return `Position ${status.position}. ${ahead} ${ahead === 1 ? `${noun.one} stands` : `${noun.many} stand`} ahead of yours. Patience is a civic virtue.`;
  }
  return 'Filed. Awaiting assignment to a tube.';
}

/** Which moment of the item's journey this is: a new moment earns a new line. */
const stepOf = (s: QueueStatus) => `${s.status}:${s.reviewState}:${s.position ?? ''}`;

/** The card's frame: a titled list of items. */
export function QueueStatusCard({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: ReactNode;
}) {
  const titleId = `${testId}-title`;
  return (
    <section className={styles.card} aria-labelledby={titleId} data-testid={testId}>
      <h3 id={titleId} className={styles.title}>
        {title}
      </h3>
      <ul className={styles.items}>{children}</ul>
    </section>
  );
}

/** One item on the card: position, state, verdict or estimate, and the commentary. */
export function QueueStatusItem({
  status,
  noun,
  srLabel,
  itemAttributes,
  as: Tag = 'li',
  children,
}: {
  status: QueueStatus;
  noun: QueueNoun;
  /** What screen readers hear before the commentary. */
  srLabel: string;
  /** Extra data attributes naming the item (`data-post-id`, …). */
  itemAttributes?: Record<`data-${string}`, string>;
  /** `div` where the item stands alone (inside a message), not in a card's list. */
  as?: 'li' | 'div';
  /** Actions under the commentary (revise and resubmit). */
  children?: ReactNode;
}) {
  const [lines, setLines] = useState<string[]>([]);
  const lastStep = useRef<string | null>(null);
  useEffect(() => {
    const step = stepOf(status);
    if (step === lastStep.current) return;
    lastStep.current = step;
    const line = status.commentary ?? defaultLine(status, noun);
    setLines((current) => (current.at(-1) === line ? current : [...current, line]));
  }, [status, noun]);

  const decided = status.reviewState === 'decided';
  return (
    <Tag
      className={styles.item}
      data-testid="author-status-item"
      data-review-state={status.reviewState}
      data-status={status.status}
      {...itemAttributes}
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
            <dd data-testid="author-status-eta">{formatEta(status.etaSeconds)}</dd>
          </div>
        )}
      </dl>
      <div aria-live="polite">
        <OverlordSays label="Dispatch from the Overlord" srLabel={srLabel}>
          {lines.map((line, i) => (
            <span key={i} className={styles.line} data-testid="author-status-line">
              {line}
            </span>
          ))}
        </OverlordSays>
      </div>
      {children}
    </Tag>
  );
}
