'use client';

import { useId, useState, type FormEvent } from 'react';

import styles from '~/components/form.module.css';
import { api } from '~/trpc/react';

/** Closing an account is final: the citizen types their username, then is signed out. */
export function CloseAccount({ username }: { username: string }) {
  const id = useId();
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = api.account.requestDeletion.useMutation({
    onSuccess: () => window.location.assign('/'),
    onError: (err) => setError(err.message),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirm.trim() !== username) {
      setError('Type your username exactly as it stands in the Registry to confirm.');
      return;
    }
    setError(null);
    close.mutate({ confirmUsername: confirm.trim() });
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Close your account">
      <p className={styles.hint}>
        Your name, email and private messages are erased; your public statements stay, signed
        “Anonymous Citizen”. This cannot be undone.
      </p>
      <label htmlFor={id} className={styles.label}>
        Type your username ({username}) to confirm
      </label>
      <input
        id={id}
        className="field"
        value={confirm}
        autoComplete="off"
        onChange={(e) => setConfirm(e.target.value)}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
      />
      <div className={styles.row}>
        <button type="submit" className="button" disabled={close.isPending}>
          Close my account
        </button>
      </div>
      <div aria-live="polite">
        {error ? (
          <p id={`${id}-error`} className={styles.error}>
            {error}
          </p>
        ) : null}
      </div>
    </form>
  );
}
