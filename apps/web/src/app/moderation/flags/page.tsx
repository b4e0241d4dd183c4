import type { Metadata } from 'next';
import Link from 'next/link';

import { EmptyState } from '~/components/empty-state';
import { PageHeading } from '~/components/page-heading';
import { readPage } from '~/components/pagination';
import { citizenHref } from '~/lib/citizens';
import { formatTimestamp, plural } from '~/lib/format';
import { getServerApi } from '~/trpc/server';

import styles from '../../citizens/citizens.module.css';
import { DocketPagination, DocketSignIn, isAdmin, readDocket } from '../docket';
import { DocketTabs } from '../docket-tabs';
import { FlagDecision } from './flag-decision';

export const metadata: Metadata = { title: 'Reports of treason' };
export const dynamic = 'force-dynamic';

const PATH = '/moderation/flags';
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Pending "Report treason" flags, oldest first, for moderators+ (docs/product.md §10). */
export default async function FlagsPage({ searchParams }: { searchParams: SearchParams }) {
  const page = readPage((await searchParams).page);
  const queue = await readDocket(getServerApi().flags.queue.query({ page }));
  if (!queue) return <DocketSignIn what="reports" path={PATH} />;

  return (
    <div className={styles.page} data-testid="flags">
      <PageHeading
        kicker="Central Committee · Reports docket"
        title="Reports of treason"
        lede={`${plural(queue.total, 'pending report')}, oldest first. A decision covers every report of the same item. Sustaining hides it and counts it as a rejection; dismissing leaves it standing.`}
      />
      <DocketTabs current="/moderation/flags" admin={await isAdmin()} />
      {queue.items.length === 0 ? (
        <EmptyState title="The docket is clear">
          No citizen has reported treason lately. Suspicious in itself.
        </EmptyState>
      ) : (
        <ol className={styles.list} aria-label="Pending reports, oldest first">
          {queue.items.map((flag) => (
            <li
              key={flag.id}
              className={styles.item}
              data-testid="flag-case"
              data-flag-id={flag.id}
            >
              <div className={styles.meta}>
                <span>{flag.kind === 'topic' ? 'Topic' : 'Statement'}</span>
                <span aria-hidden="true">·</span>
                <span>
                  by{' '}
                  {flag.author ? (
                    <Link href={citizenHref(flag.author.username)}>{flag.author.username}</Link>
                  ) : (
                    'the Ministry'
                  )}
                </span>
                <span aria-hidden="true">·</span>
                <span>
                  reported by{' '}
                  <Link href={citizenHref(flag.reporter.username)}>{flag.reporter.username}</Link>{' '}
                  <time dateTime={flag.createdAt.toISOString()}>
                    {formatTimestamp(flag.createdAt)}
                  </time>
                </span>
                {flag.reports > 1 ? (
                  <>
                    <span aria-hidden="true">·</span>
                    <span>{plural(flag.reports, 'report')} of this item</span>
                  </>
                ) : null}
              </div>
              <h2 className={styles.itemTitle}>
                <Link href={`/topics/${flag.topicId}`}>{flag.title}</Link>
              </h2>
              <figure className={styles.quote}>
                <figcaption className={styles.reason}>Reported text</figcaption>
                <blockquote>{flag.text}</blockquote>
              </figure>
              <figure className={styles.quote}>
                <figcaption className={styles.reason}>The report</figcaption>
                <blockquote>{flag.reason}</blockquote>
              </figure>
              <FlagDecision flagId={flag.id} />
            </li>
          ))}
        </ol>
      )}
      <DocketPagination page={queue.page} pageCount={queue.pageCount} path={PATH} />
    </div>
  );
}
