'use client';

import { fileFlagInput, firstIssue, REPORT_MAX } from '@overlord/validators';
import { useState } from 'react';

import { api } from '~/trpc/react';

import { FoldedBodyForm, requestError } from './folded-body-form';
import styles from './form.module.css';

/**
 * "Report treason": flags a public statement or topic for the moderators. The item stays until
 * a moderator decides.
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
  const [error, setError] = useState<string | null>(null);
  const file = api.flags.file.useMutation({
    onError: (err) =>
      setError(
        requestError(
          err,
          'reason',
          'The pneumatic line jammed. Your report was not filed; try again.',
        ),
      ),
  });
  if (file.isSuccess) {
    return (
      <p className={styles.hint} role="status" data-testid="report-filed">
        Reported. The Ministry’s officials will look into it.
      </p>
    );
  }
  return (
    <FoldedBodyForm
      openLabel={
        <>
          Report treason<span className="visually-hidden"> about the {subject}</span>
        </>
      }
      formLabel={`Report the ${subject}`}
      bodyLabel="What is wrong with it?"
      hint="A moderator reads your report beside the text. Reports that keep being dismissed restrict your own speech."
      maxLength={REPORT_MAX}
      validate={(reason) => firstIssue(fileFlagInput.shape.reason, reason)}
      submitLabel="File report"
      pending={file.isPending}
      error={error}
      onSubmit={(reason) => {
        setError(null);
        file.mutate({ kind, id, reason });
      }}
      testId="report-form"
    />
  );
}
