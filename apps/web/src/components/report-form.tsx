'use client';

import { useId, useState, type FormEvent } from 'react';

import { REPORT_MAX, validateReport } from '~/lib/flags';
import { api } from '~/trpc/react';

import { BodyField } from './body-field';
import styles from './form.module.css';

/**
 * "Report treason": flags a public statement or topic for the moderators, folded behind a button
 * until wanted. The reported item stays until a moderator decides.
 */
export function ReportForm({
  kind,
  id,
  subject,
}: {
  kind: 'post' | 'topic';
  id: string;
  /** Names the item for screen readers ("statement by @vera"). */
  subject: string;
}) {
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const file = api.flags.file.useMutation({
    onError: (err) => {
      const data = (err.data ?? null) as {
        code?: string;
        fieldErrors?: Record<string, string[] | undefined> | null;
      } | null;
      setError(
        data?.fieldErrors?.reason?.[0] ??
          (data?.code === 'CONFLICT' || data?.code === 'NOT_FOUND' || data?.code === 'BAD_REQUEST'
            ? err.message
            : 'The pneumatic line jammed. Your report was not filed; try again.'),
      );
    },
  });

  if (file.isSuccess) {
    return (
      <p className={styles.hint} role="status" data-testid="report-filed">
        Reported. The Ministry’s officials will look into it.
      </p>
    );
  }
  if (!open) {
    return (
      <button
        type="button"
        className="button button-quiet"
        aria-expanded={false}
        onClick={() => setOpen(true)}
      >
        Report treason<span className="visually-hidden"> about the {subject}</span>
      </button>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = validateReport(reason);
    setError(problem);
    if (!problem) file.mutate({ kind, id, reason: reason.trim() });
  }

  return (
    <form
      className={styles.form}
      onSubmit={onSubmit}
      noValidate
      aria-label={`Report the ${subject}`}
      data-testid="report-form"
    >
      <BodyField
        id={ids}
        label="What is wrong with it?"
        hint="A moderator reads your report beside the text. Reports that keep being dismissed restrict your own speech."
        rows={2}
        maxLength={REPORT_MAX}
        value={reason}
        onChange={setReason}
        error={error}
        submitLabel="File report"
        pendingLabel="Filing…"
        pending={file.isPending}
      />
    </form>
  );
}
