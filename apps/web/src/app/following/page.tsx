import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';

import { EmptyState } from '~/components/empty-state';
import { PageHeading } from '~/components/page-heading';
import { StatusStamp } from '~/components/status-stamp';
import { formatTimestamp, plural } from '~/lib/format';
import { trpcErrorCode } from '~/trpc/errors';
import { getServerApi } from '~/trpc/server';

import styles from '../citizens/citizens.module.css';

export const metadata: Metadata = { title: 'Followed topics' };
export const dynamic = 'force-dynamic';

const PATH = '/following';

/** The topics a citizen follows, unread first (docs/product.md §21). */
export default async function FollowingPage() {
  const followed = await getServerApi()
    .follows.list.query()
    .catch((error: unknown) => {
      if (trpcErrorCode(error) === 'UNAUTHORIZED') return null;
      throw error;
    });
  if (!followed) redirect(`/sign-in?callbackUrl=${encodeURIComponent(PATH)}`);
  const unread = followed.filter((f) => f.newSinceLastVisit > 0).length;

  return (
    <div className={styles.page} data-testid="following">
      <PageHeading
        kicker="Your file · Followed topics"
        title="Followed topics"
        lede={`${plural(followed.length, 'topic')} followed, ${unread} with statements new since your last visit. Dispatches arrive at most once an hour per topic.`}
      />
      {followed.length === 0 ? (
        <EmptyState title="You follow no topic">
          Follow a topic from its page to hear of new statements there.
        </EmptyState>
      ) : (
        <ol className={styles.list} aria-label="Followed topics, unread first">
          {followed.map((f) => (
            <li
              key={f.topic.id}
              className={styles.item}
              data-testid="followed-topic"
              data-topic-id={f.topic.id}
              data-unread={f.newSinceLastVisit > 0}
            >
              <div className={styles.meta}>
                {f.newSinceLastVisit > 0 ? <StatusStamp tone="pending">Unread</StatusStamp> : null}
                <span>Last visit {formatTimestamp(f.lastSeenAt)}</span>
              </div>
              <h2 className={styles.itemTitle}>
                <Link href={`/topics/${f.topic.id}`}>{f.topic.title}</Link>
              </h2>
              <p>
                {f.newSinceLastVisit > 0
                  ? `${plural(f.newSinceLastVisit, 'new statement')} since your last visit.`
                  : 'Nothing new since your last visit.'}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
