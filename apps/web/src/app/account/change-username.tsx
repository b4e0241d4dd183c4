'use client';

import { changeUsernameInput, firstIssue, USERNAME_MAX, USERNAME_MIN } from '@overlord/validators';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type FormEvent } from 'react';

import styles from '~/components/form.module.css';
import { OverlordSays } from '~/components/overlord-says';
import { api } from '~/trpc/react';

type Outcome = { tone: 'changed' | 'refused'; text: string } | null;

/**
 * The one rename the Registry allows (docs/product.md §3). The api enforces "once" and the rule.
 */
export function ChangeUsername({ current, canChange }: { current: string; canChange: boolean }) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();

  const change = api.account.changeUsername.useMutation({
    onSuccess: ({ username }) => {
      setName('');
      setOutcome({
        tone: 'changed',
        text: `The Registry has recorded your new name: ${username}. It is final.`,
      });
      router.refresh();
    },
    onError: (err) => {
      const data = (err.data ?? null) as {
        code?: string;
        fieldErrors?: Record<string, string[] | undefined> | null;
      } | null;
      const field = data?.fieldErrors?.username?.[0];
      if (field || data?.code === 'CONFLICT') {
        setError(field ?? err.message);
        input.current?.focus();
        return;
      }
      setOutcome({
        tone: 'refused',
        text:
          data?.code === 'PRECONDITION_FAILED'
            ? err.message
            : 'The Registry could not file the change. Try again.',
      });
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    const problem = firstIssue(changeUsernameInput.shape.username, name);
    setError(problem);
    if (problem) {
      input.current?.focus();
      return;
    }
    change.mutate({ username: name.trim() });
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Change your public name</h2>
      <p id={`${ids}-rule`} className={styles.hint}>
        The Registry issued you the name <strong>{current}</strong>. You may change it once, and
        only once: {USERNAME_MIN} to {USERNAME_MAX} letters, digits or underscores, starting with a
        letter.{' '}
        {canChange ? 'Choose carefully.' : 'Your records show the change has already been used.'}
      </p>
      <div className={styles.field}>
        <label htmlFor={`${ids}-name`} className={styles.label}>
          New username
        </label>
        <input
          ref={input}
          id={`${ids}-name`}
          name="username"
          className="field"
          autoComplete="username"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-describedby={`${ids}-rule${error ? ` ${ids}-error` : ''}`}
          aria-invalid={error ? true : undefined}
        />
        {error ? (
          <p id={`${ids}-error`} className={styles.error}>
            {error}
          </p>
        ) : null}
      </div>
      <div className={styles.row}>
        <span />
        <button type="submit" className="button" disabled={change.isPending}>
          {change.isPending ? 'Filing…' : 'Change username'}
        </button>
      </div>
      <div aria-live="polite" data-testid="username-outcome">
        {outcome ? (
          <OverlordSays
            label={outcome.tone === 'changed' ? 'Registry receipt' : 'Registry refusal'}
            srLabel={outcome.tone === 'changed' ? 'Overlord receipt' : 'Overlord refusal'}
          >
            {outcome.text}
          </OverlordSays>
        ) : null}
      </div>
    </form>
  );
}
