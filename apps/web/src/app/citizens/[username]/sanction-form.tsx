'use client';

import {
  applySanctionInput,
  firstIssue,
  RATE_LIMIT_MAX_COUNT,
  RATE_LIMIT_MAX_WINDOW_SECONDS,
  SANCTION_MAX_HOURS,
  SANCTION_REASON_MAX,
} from '@overlord/validators';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';

import styles from '~/components/form.module.css';
import { api } from '~/trpc/react';

/** The form counts the window in whole hours. */
const MAX_WINDOW_HOURS = RATE_LIMIT_MAX_WINDOW_SECONDS / 3_600;

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
    if (!Number.isInteger(duration) || duration < 1 || duration > SANCTION_MAX_HOURS)
      return setError(`Choose a duration of 1 to ${SANCTION_MAX_HOURS} hours.`);
    const badReason = firstIssue(applySanctionInput.shape.reason, reason);
    if (badReason) return setError(badReason);
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
            max={RATE_LIMIT_MAX_COUNT}
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
            max={MAX_WINDOW_HOURS}
            value={perHours}
            onChange={(e) => setPerHours(e.target.value)}
          />
        </div>
      ) : null}
      <label htmlFor={`${ids}-hours`} className={styles.label}>
        Duration in hours (at most {SANCTION_MAX_HOURS})
      </label>
      <input
        id={`${ids}-hours`}
        className="field"
        type="number"
        min={1}
        max={SANCTION_MAX_HOURS}
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
        maxLength={SANCTION_REASON_MAX}
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
