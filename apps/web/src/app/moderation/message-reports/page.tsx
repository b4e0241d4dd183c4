import type { Metadata } from 'next';

import { EmptyState } from '~/components/empty-state';
import { PageHeading } from '~/components/page-heading';
import { formatTimestamp, plural } from '~/lib/format';
import { getServerApi } from '~/trpc/server';

import styles from '../../citizens/citizens.module.css';
import { DocketSignIn, readDocket } from '../docket';
import { DocketTabs } from '../docket-tabs';
import { MessageReportActions } from './report-actions';

export const metadata: Metadata = { title: 'Reported messages' };
export const dynamic = 'force-dynamic';

const PATH = '/moderation/message-reports';

/**
 * Reported private messages (docs/product.md §22), admins+ only: who reported whom and why. The
 * text is shown only on request, through the audited read.
 */
export default async function MessageReportsPage() {
  const reports = await readDocket(getServerApi().admin.messageReports.query());
  if (!reports) return <DocketSignIn what="reported messages" path={PATH} />;
  return (
    <div className={styles.page} data-testid="message-reports">
      <PageHeading
        kicker="Central Committee · Sealed correspondence"
        title="Reported messages"
        lede={`${plural(reports.length, 'open report')}, oldest first. Reading a message is logged in the audit record under your name.`}
      />
      <DocketTabs current={PATH} admin />
      {reports.length === 0 ? (
        <EmptyState title="No reported messages">No citizen has reported a message.</EmptyState>
      ) : (
        <ol className={styles.list} aria-label="Open reports, oldest first">
          {reports.map((r) => (
            <li key={r.id} className={styles.item} data-testid="message-report">
              <div className={styles.meta}>
                <time dateTime={r.createdAt.toISOString()}>{formatTimestamp(r.createdAt)}</time>
              </div>
              <h2 className={styles.itemTitle}>
                @{r.reporter} reports a message from @{r.sender}
              </h2>
              <p>{r.reason}</p>
              <MessageReportActions reportId={r.id} messageId={r.messageId} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
