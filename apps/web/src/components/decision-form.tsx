'use client';

import { firstIssue } from '@overlord/validators';
import { useId, useState, type FormEvent } from 'react';
import type { z } from 'zod';

import { requestError } from './folded-body-form';
import styles from './form.module.css';

export interface DecisionOutcome<O extends string> {
  value: O;
  label: string;
  /** The less drastic choice, drawn quieter. */
  quiet?: boolean;
}

/**
 * A moderator's decision on one case of a docket (appeal or report): a note for the record and
 * one button per outcome. The caller performs the decision and reports its error; the note is
 * checked with the schema of the procedure it goes to.
 */
export function DecisionForm<O extends string>({
  label,
  note: noteRule,
  outcomes,
  pending,
  error,
  onDecide,
}: {
  label: string;
  /** The note field of the decision's input schema, and its length limit. */
  note: { schema: z.ZodType; max: number };
  outcomes: readonly DecisionOutcome<O>[];
  pending: boolean;
  error: string | null;
  onDecide: (outcome: O, note: string) => void;
}) {
  const ids = useId();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const shown = problem ?? error;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const outcome = outcomes.find((o) => o.value === submitter?.value) ?? outcomes[0]!;
    const invalid = firstIssue(noteRule.schema, note);
    setProblem(invalid);
    if (!invalid) onDecide(outcome.value, note.trim());
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate aria-label={label}>
      <label htmlFor={`${ids}-note`} className={styles.label}>
        Note for the record
      </label>
      <textarea
        id={`${ids}-note`}
        name="note"
        className="field"
        rows={2}
        maxLength={noteRule.max}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        aria-describedby={shown ? `${ids}-error` : undefined}
        aria-invalid={shown ? true : undefined}
      />
      <div className={styles.row}>
        {outcomes.map((o) => (
          <button
            key={o.value}
            type="submit"
            name="outcome"
            value={o.value}
            className={o.quiet ? 'button button-quiet' : 'button'}
            disabled={pending}
          >
            {o.label}
          </button>
        ))}
      </div>
      <div aria-live="polite">
        {shown ? (
          <p id={`${ids}-error`} className={styles.error}>
            {shown}
          </p>
        ) : null}
      </div>
    </form>
  );
}

/** The message to show for a failed decision: the api's own words for the expected refusals. */
export function decisionError(err: { message: string; data?: unknown }): string {
  return requestError(err, 'note', 'The pneumatic line jammed. Nothing was decided; try again.');
}
