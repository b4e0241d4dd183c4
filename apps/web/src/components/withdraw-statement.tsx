'use client';

import { useState } from 'react';

import { api } from '~/trpc/react';

import styles from './form.module.css';

/**
 * Takes one's own waiting statement (or revision of one) back out of the queue (docs/product.md
 * §17). Asks once before it acts; the api has the last word, and a refusal (review has begun) is
 * shown as said.
 */
export function WithdrawStatement({
  id,
  onWithdrawn,
  noun = 'statement',
}: {
  id: string;
  onWithdrawn?: () => void;
  /** A revision leaves the queue, but its statement's approved text stays on the record. */
  noun?: 'statement' | 'revision';
}) {
  const utils = api.useUtils();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const withdraw = api.posts.withdraw.useMutation({
    onSuccess: async () => {
      onWithdrawn?.();
      await Promise.all([
        utils.posts.status.invalidate({ id }),
        utils.posts.byTopic.invalidate(),
        utils.posts.get.invalidate({ id }),
      ]);
    },
    onError: (err) => {
      setConfirming(false);
      setError(
        err.data?.code === 'INTERNAL_SERVER_ERROR'
          ? 'The pneumatic line jammed. Nothing was withdrawn; try again.'
          : err.message,
      );
    },
  });
  if (withdraw.isSuccess) {
    return (
      <p className={styles.hint} role="status" data-testid="withdrawn">
        {noun === 'revision'
          ? 'Withdrawn. Your revision has left the queue; the approved text stands.'
          : 'Withdrawn. It has left the queue and the public record.'}
      </p>
    );
  }
  return (
    <div data-testid="withdraw">
      {confirming ? (
        <p className={styles.hint}>
          {noun === 'revision'
            ? 'Withdraw this revision from the queue? It is never judged, and the approved text stays as it is.'
            : 'Withdraw this statement from the queue? It leaves the public record and is never judged.'}{' '}
          <button
            type="button"
            className="button"
            onClick={() => withdraw.mutate({ id })}
            disabled={withdraw.isPending}
          >
            {withdraw.isPending ? 'Withdrawing…' : 'Yes, withdraw it'}
          </button>{' '}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setConfirming(false)}
          >
            Keep it
          </button>
        </p>
      ) : (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setError(null);
            setConfirming(true);
          }}
        >
          {noun === 'revision' ? 'Withdraw revision' : 'Withdraw statement'}
        </button>
      )}
      <p className={styles.hint} role="status" aria-live="polite" data-testid="withdraw-error">
        {error}
      </p>
    </div>
  );
}
