// A statement's revision history (docs/product.md §17): the texts it carried before approved
// revisions replaced them, with when each went up and came down, and, for its author and the
// Ministry's officials, the revisions the Overlord rejected. Rendered on the server from what the
// api returned for this reader.
import Link from 'next/link';

import { OverlordSays } from '~/components/overlord-says';
import { StatementBody } from '~/components/statement-body';
import { StatusStamp } from '~/components/status-stamp';
import { REJECTION_REASONS } from '~/lib/citizens';
import { formatTimestamp } from '~/lib/format';
import type { RouterOutputs } from '~/trpc/react';

import styles from './statement.module.css';

type Revisions = Extract<RouterOutputs['posts']['get'], { view: 'public' }>['revisions'];

const when = (date: Date) => <time dateTime={date.toISOString()}>{formatTimestamp(date)}</time>;

export function RevisionHistory({
  revisions,
  own,
}: {
  revisions: Revisions;
  /** The reader wrote the statement: rejected revisions are their Graveyard entries. */
  own: boolean;
}) {
  const { history, rejected } = revisions;
  if (history.length === 0 && rejected.length === 0) return null;
  return (
    <section aria-labelledby="history-title" data-testid="revision-history">
      <h2 id="history-title" className={styles.sectionTitle}>
        Revision history
      </h2>
      {history.length > 0 ? (
        <>
          <h3 className={styles.subTitle}>Earlier approved texts</h3>
          <ol className={styles.history}>
            {history.map((version, i) => (
              <li key={i} className={styles.context} data-testid="revision-history-version">
                <p className={styles.meta}>
                  <StatusStamp tone="approved">Approved</StatusStamp>
                  <span>
                    Approved {when(version.approvedAt)}, replaced {when(version.replacedAt)}
                  </span>
                </p>
                <StatementBody html={version.bodyHtml} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {rejected.length > 0 ? (
        <>
          <h3 className={styles.subTitle}>
            Rejected revisions{' '}
            <span className={styles.private}>
              ({own ? 'private to you' : 'visible to officials'})
            </span>
          </h3>
          <ol className={styles.history}>
            {rejected.map((revision) => (
              <li
                key={revision.id}
                className={styles.context}
                data-testid="revision-history-rejected"
                data-post-id={revision.id}
              >
                <p className={styles.meta}>
                  <StatusStamp tone="rejected">Rejected</StatusStamp>
                  <span>Submitted {when(revision.submittedAt)}</span>
                  {revision.reason ? (
                    <span>Reason: {REJECTION_REASONS[revision.reason] ?? revision.reason}</span>
                  ) : null}
                </p>
                <StatementBody html={revision.bodyHtml} />
                {revision.feedback ? (
                  <OverlordSays label="The Overlord’s ruling" srLabel="Overlord rejection feedback">
                    {revision.feedback}
                  </OverlordSays>
                ) : null}
                <p className={styles.meta}>
                  <Link href={`/statements/${revision.id}`}>
                    {own ? 'Its Graveyard entry (appeal from there)' : 'Its Graveyard entry'}
                  </Link>
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
