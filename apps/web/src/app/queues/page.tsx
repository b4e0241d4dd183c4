import type { Metadata } from 'next';
import Link from 'next/link';

import { StatusStamp } from '~/components/status-stamp';
import { formatTimestamp } from '~/lib/format';
import { getServerApi } from '~/trpc/server';

import styles from './queues.module.css';

export const metadata: Metadata = { title: 'Queues' };
export const dynamic = 'force-dynamic';

const KIND_LABEL = {
  topics: 'Topic queue',
  posts: 'Statement queue',
  messages: 'Message queue',
} as const;
const ITEM_LABEL = { topic: 'Topic', post: 'Statement', message: 'Message' } as const;

export default async function QueuesPage() {
  const overview = await getServerApi().queues.overview.query();
  const minutes = Math.round(overview.windowMs / 60_000);

  return (
    <div className={styles.page}>
      <header className={styles.head}>
        <p className={styles.kicker}>Pneumatic dispatch</p>
        <h1 className={styles.title}>The queues</h1>
        <p className={styles.lede}>
          Every submission travels a tube to the Overlord. Strict order within each queue; queues
          run in parallel. Recorded {formatTimestamp(overview.generatedAt)}.{' '}
          <Link href="/queues">Refresh</Link>
        </p>
      </header>

      <section aria-labelledby="active-queues">
        <h2 id="active-queues" className={styles.sectionTitle}>
          Active queues
        </h2>
        {overview.queues.length === 0 ? (
          <p className={styles.empty}>All tubes are empty. The Overlord waits.</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table} role="table">
              <caption className="visually-hidden">
                Active queues, their length and recent activity
              </caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">
                    Queue
                  </th>
                  <th scope="col" role="columnheader">
                    Waiting
                  </th>
                  <th scope="col" role="columnheader">
                    In review
                  </th>
                  <th scope="col" role="columnheader">
                    Decided ({minutes} min)
                  </th>
                  <th scope="col" role="columnheader">
                    Oldest item
                  </th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {overview.queues.map((queue) => (
                  <tr
                    key={`${queue.kind}:${queue.key}`}
                    data-testid="queue"
                    data-queue-key={queue.key}
                  >
                    <th scope="row" role="rowheader">
                      <span className={styles.kind}>{KIND_LABEL[queue.kind]}</span>
                      {queue.kind === 'posts' ? (
                        <Link href={`/topics/${queue.key}`}>{queue.label}</Link>
                      ) : (
                        <span>{queue.label}</span>
                      )}
                    </th>
                    <td role="cell" data-label="Waiting">
                      {queue.length}
                    </td>
                    <td role="cell" data-label="In review">
                      {queue.inReview}
                    </td>
                    <td role="cell" data-label={`Decided (${minutes} min)`}>
                      {queue.decidedRecently}
                    </td>
                    <td role="cell" data-label="Oldest item">
                      {queue.oldestSubmittedAt ? (
                        <time dateTime={queue.oldestSubmittedAt.toISOString()}>
                          {formatTimestamp(queue.oldestSubmittedAt)}
                        </time>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="in-transit">
        <h2 id="in-transit" className={styles.sectionTitle}>
          In transit
        </h2>
        {overview.inTransit.length === 0 ? (
          <p className={styles.empty}>Nothing in the tubes.</p>
        ) : (
          <ol className={styles.transit}>
            {overview.inTransit.map((item) => (
              <li key={`${item.kind}:${item.id}`} className={styles.capsule}>
                <span className={styles.position}>#{item.position}</span>
                <span>{ITEM_LABEL[item.kind]}</span>
                <StatusStamp tone={item.reviewState === 'in_review' ? 'review' : 'pending'}>
                  {item.reviewState === 'in_review' ? 'Under review' : 'Waiting'}
                </StatusStamp>
                <time dateTime={item.submittedAt.toISOString()} className={styles.time}>
                  {formatTimestamp(item.submittedAt)}
                </time>
                {item.preview ? <p className={styles.preview}>{item.preview}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
