'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';

import styles from '~/components/form.module.css';
import { api } from '~/trpc/react';

/** Read the reported message (an audited read) and close the report with a note. */
export function MessageReportActions({
  reportId,
  messageId,
}: {
  reportId: string;
  messageId: string;
}) {
  const router = useRouter();
  const noteId = useId();
  const [note, setNote] = useState('');
  const read = api.admin.readMessage.useMutation();
  const close = api.admin.closeMessageReport.useMutation({ onSuccess: () => router.refresh() });
  return (
    <div className={styles.field}>
      {read.data ? (
        <blockquote data-testid="reported-message-body">
          <p>{read.data.body}</p>
          <footer>
            From @{read.data.sender} to @{read.data.recipient}. Your read is logged.
          </footer>
        </blockquote>
      ) : (
        <button
          type="button"
          className="button button-quiet"
          disabled={read.isPending}
          onClick={() => read.mutate({ messageId })}
        >
          Read the message (logged)
        </button>
      )}
      <label htmlFor={noteId}>Outcome, for the record</label>
      <input
        id={noteId}
        className="field"
        value={note}
        maxLength={500}
        onChange={(e) => setNote(e.target.value)}
      />
      <button
        type="button"
        className="button"
        disabled={close.isPending || note.trim().length < 3}
        onClick={() => close.mutate({ reportId, note })}
      >
        Close report
      </button>
      <p className={styles.hint} aria-live="polite">
        {read.isError || close.isError ? (read.error?.message ?? close.error?.message) : null}
      </p>
    </div>
  );
}
