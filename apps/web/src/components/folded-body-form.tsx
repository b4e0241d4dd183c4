'use client';

import { type ReactNode, useId, useState, type FormEvent } from 'react';

import { BodyField } from './body-field';
import styles from './form.module.css';

/**
 * A short written request kept behind a button until wanted (an appeal, a report): one text box
 * checked in the browser first with `validate`, then sent with `onSubmit`. `error` is what the
 * api answered.
 */
export function FoldedBodyForm({
  openLabel,
  formLabel,
  bodyLabel,
  hint,
  maxLength,
  validate,
  submitLabel,
  pending,
  error,
  onSubmit,
  testId,
}: {
  /** The button that unfolds the form; may carry visually hidden words for screen readers. */
  openLabel: ReactNode;
  formLabel: string;
  bodyLabel: string;
  hint: string;
  maxLength: number;
  validate: (text: string) => string | null;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  onSubmit: (text: string) => void;
  testId: string;
}) {
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  if (!open) {
    return (
      <button
        type="button"
        className="button button-quiet"
        aria-expanded={false}
        onClick={() => setOpen(true)}
      >
        {openLabel}
      </button>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validate(text);
    setProblem(invalid);
    if (!invalid) onSubmit(text.trim());
  }

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      noValidate
      aria-label={formLabel}
      data-testid={testId}
    >
      <BodyField
        id={ids}
        label={bodyLabel}
        hint={hint}
        rows={2}
        maxLength={maxLength}
        value={text}
        onChange={setText}
        error={problem ?? error}
        submitLabel={submitLabel}
        pendingLabel="Filing…"
        pending={pending}
      />
    </form>
  );
}

/** The api's words for the refusals a person can act on; a generic line for the rest. */
export function requestError(
  err: { message: string; data?: unknown },
  field: string,
  fallback: string,
): string {
  // The rule takes `unknown ?? null` for the asserted type; without the assertion this fails to
  // compile.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const data = (err.data ?? null) as {
    code?: string;
    fieldErrors?: Record<string, string[] | undefined> | null;
  } | null;
  const readable = ['BAD_REQUEST', 'CONFLICT', 'NOT_FOUND', 'TOO_MANY_REQUESTS', 'FORBIDDEN'];
  return (
    data?.fieldErrors?.[field]?.[0] ??
    (data?.code && readable.includes(data.code) ? err.message : fallback)
  );
}
