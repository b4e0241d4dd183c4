'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';

import styles from '~/components/form.module.css';
import { NOTE_MAX, validateNote } from '~/lib/appeals';
import { api } from '~/trpc/react';

/** Sustain or deny one appeal, with a note the citizen will read. */
export function AppealDecision({ appealId }: { appealId: string }) {
  const router = useRouter();
  const ids = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decide = api.appeals.decide.useMutation({
    onSuccess: () => router.refresh(),
    onError: (err) => {
      const data = (err.data ?? null) as {
        code?: string;
        fieldErrors?: Record<string, string[] | undefined> | null;
      } | null;
      setError(
        data?.fieldErrors?.note?.[0] ??
          (data?.code === 'CONFLICT' || data?.code === 'FORBIDDEN' || data?.code === 'NOT_FOUND'
            ? err.message
            : 'The pneumatic line jammed. Nothing was decided; try again.'),
      );
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const outcome = submitter?.value === 'denied' ? 'denied' : 'sustained';
    const problem = validateNote(note);
    setError(problem);
    if (problem) return;
    decide.mutate({ appealId, outcome, note: note.trim() });
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label="Decide this appeal">
      <label htmlFor={`${ids}-note`} className={styles.label}>
        Note to the citizen
      </label>
      <textarea
        id={`${ids}-note`}
        name="note"
        className="field"
        rows={2}
        maxLength={NOTE_MAX}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        aria-describedby={error ? `${ids}-error` : undefined}
        aria-invalid={error ? true : undefined}
      />
      <div className={styles.row}>
        <button
          type="submit"
          name="outcome"
          value="sustained"
          className="button"
          disabled={decide.isPending}
        >
          Sustain: publish it
        </button>
        <button
          type="submit"
          name="outcome"
          value="denied"
          className="button button-quiet"
          disabled={decide.isPending}
        >
          Deny
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
