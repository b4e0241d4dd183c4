'use client';

import { firstIssue, MESSAGE_REPORT_MAX, reportMessageInput } from '@overlord/validators';
import { useState } from 'react';

import { FoldedBodyForm, requestError } from '~/components/folded-body-form';
import styles from '~/components/form.module.css';
import { api } from '~/trpc/react';

/**
 * Reports a message delivered to you to the admins (docs/product.md §22). Moderators never see
 * it; an admin reads the message through an audited read.
 */
export function ReportMessage({ messageId, sender }: { messageId: string; sender: string }) {
  const [error, setError] = useState<string | null>(null);
  const report = api.messages.report.useMutation({
    onError: (err) =>
      setError(
        requestError(err, 'reason', 'The pneumatic line jammed. Your report was not filed.'),
      ),
  });
  if (report.isSuccess) {
    return (
      <p className={styles.hint} role="status" data-testid="message-report-filed">
        Reported to the admins. Moderators do not read private messages.
      </p>
    );
  }
  return (
    <FoldedBodyForm
      openLabel={
        <>
          Report to the admins<span className="visually-hidden"> the message from @{sender}</span>
        </>
      }
      formLabel={`Report the message from @${sender}`}
      bodyLabel="What is wrong with it?"
      hint="Only admins see reports of private messages, and every read of the message is logged."
      maxLength={MESSAGE_REPORT_MAX}
      validate={(reason) => firstIssue(reportMessageInput.shape.reason, reason)}
      submitLabel="File report"
      pending={report.isPending}
      error={error}
      onSubmit={(reason) => {
        setError(null);
        report.mutate({ messageId, reason });
      }}
      testId="message-report-form"
    />
  );
}
