'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';

import styles from '~/components/form.module.css';
import { api } from '~/trpc/react';

/** Mirrors the api's limits (packages/trpc sanctions.schema.ts). */
const MAX_HOURS = 7 * 24;

/** Moderators+ restrain a citizen: a posting freeze or a rate limit, for up to a week. */
export function SanctionForm({ username }: { username: string }) {
  const router = useRouter();
  const ids = useId();
  const [kind, setKind] = useState<'freeze' | 'rate_limit'>('rate_limit');
  const [count, setCount] = useState('3');
  const [perHours, setPerHours] = useState('1');
  const [hours, setHours] = useState('24');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const impose = api.sanctions.impose.useMutation({
    onSuccess: () => {
      setReason('');
      router.refresh();
    },
    onError: (err) => setError(err.message),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const duration = Number(hours);
    if (!Number.isInteger(duration) || duration < 1 || duration > MAX_HOURS)
      return setError(`Choose a duration of 1 to ${MAX_HOURS} hours.`);
    if (reason.trim().length < 3) return setError('State the reason; the citizen will read it.');
    const limit = { count: Number(count), windowSeconds: Number(perHours) * 3_600 };
    if (kind === 'rate_limit' && !(limit.count >= 1 && limit.windowSeconds >= 3_600))
      return setError('A rate limit needs at least one submission per at least one hour.');
    setError(null);
    impose.mutate({
      username,
      kind,
      hours: duration,
      reason: reason.trim(),
      ...(kind === 'rate_limit' ? { rateLimit: limit } : {}),
    });
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Impose a sanction">
      <fieldset className={styles.field}>
        <legend className={styles.label}>Sanction</legend>
        <label>
          <input
            type="radio"
            name="kind"
            value="rate_limit"
            checked={kind === 'rate_limit'}
            onChange={() => setKind('rate_limit')}
          />{' '}
          Rate limit
        </label>
        <label>
          <input
            type="radio"
            name="kind"
            value="freeze"
            checked={kind === 'freeze'}
            onChange={() => setKind('freeze')}
          />{' '}
          Posting freeze
        </label>
      </fieldset>
      {kind === 'rate_limit' ? (
        <div className={styles.row}>
          <label htmlFor={`${ids}-count`} className={styles.label}>
            Submissions allowed
          </label>
          <input
            id={`${ids}-count`}
            className="field"
            type="number"
            min={1}
            max={100}
            value={count}
            onChange={(e) => setCount(e.target.value)}
          />
          <label htmlFor={`${ids}-per`} className={styles.label}>
            per hours
          </label>
          <input
            id={`${ids}-per`}
            className="field"
            type="number"
            min={1}
            max={168}
            value={perHours}
            onChange={(e) => setPerHours(e.target.value)}
          />
        </div>
      ) : null}
      <label htmlFor={`${ids}-hours`} className={styles.label}>
        Duration in hours (at most {MAX_HOURS})
      </label>
      <input
        id={`${ids}-hours`}
        className="field"
        type="number"
        min={1}
        max={MAX_HOURS}
        value={hours}
        onChange={(e) => setHours(e.target.value)}
      />
      <label htmlFor={`${ids}-reason`} className={styles.label}>
        Reason (the citizen reads it)
      </label>
      <textarea
        id={`${ids}-reason`}
        className="field"
        rows={2}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-describedby={error ? `${ids}-error` : undefined}
        aria-invalid={error ? true : undefined}
      />
      <div className={styles.row}>
        <button type="submit" className="button" disabled={impose.isPending}>
          Impose sanction
        </button>
      </div>
      <div aria-live="polite">
        {error ? (
          <p id={`${ids}-error`} className={styles.error}>
            {error}
          </p>
        ) : null}
      </div>
    </form>
  );
}
