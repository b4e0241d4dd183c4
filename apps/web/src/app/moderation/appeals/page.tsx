import type { Metadata } from 'next';
import Link from 'next/link';

import { EmptyState } from '~/components/empty-state';
import { OverlordMessage } from '~/components/overlord-message';
import { PageHeading } from '~/components/page-heading';
import { readPage } from '~/components/pagination';
import { citizenHref, REJECTION_REASONS } from '~/lib/citizens';
import { formatTimestamp, plural } from '~/lib/format';
import { getServerApi } from '~/trpc/server';

import styles from '../../citizens/citizens.module.css';
import { DocketPagination, DocketSignIn, isAdmin, readDocket } from '../docket';
import { DocketTabs } from '../docket-tabs';
import { AppealDecision } from './appeal-decision';

export const metadata: Metadata = { title: 'Appeals' };
export const dynamic = 'force-dynamic';

const PATH = '/moderation/appeals';
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The Central Committee's docket (docs/product.md §10): pending appeals, oldest first, for
 * moderators+.
 */
export default async function AppealsPage({ searchParams }: { searchParams: SearchParams }) {
  const page = readPage((await searchParams).page);
  const queue = await readDocket(getServerApi().appeals.queue.query({ page }));
  if (!queue) return <DocketSignIn what="appeals" path={PATH} />;

  return (
    <div className={styles.page} data-testid="appeals">
      <PageHeading
        kicker="Central Committee · Appeals docket"
        title="Appeals"
        lede={`${plural(queue.total, 'pending appeal')}, oldest first. Sustaining publishes the item and scores it as approved; denying costs the citizen a point.`}
      />
      <DocketTabs current="/moderation/appeals" admin={await isAdmin()} />
      {queue.items.length === 0 ? (
        <EmptyState title="The docket is clear">
          No citizen disputes the Overlord at present. Remarkable.
        </EmptyState>
      ) : (
        <ol className={styles.list} aria-label="Pending appeals, oldest first">
          {queue.items.map((appeal) => (
            <li
              key={appeal.id}
              className={styles.item}
              data-testid="appeal-case"
              data-appeal-id={appeal.id}
            >
              <div className={styles.meta}>
                <span>{appeal.kind === 'topic' ? 'Topic proposal' : 'Statement'}</span>
                <span aria-hidden="true">·</span>
                <span>
                  by{' '}
                  <Link href={citizenHref(appeal.appellant.username)}>
                    {appeal.appellant.username}
                  </Link>
                </span>
                <span aria-hidden="true">·</span>
                <span>
                  appealed{' '}
                  <time dateTime={appeal.createdAt.toISOString()}>
                    {formatTimestamp(appeal.createdAt)}
                  </time>
                </span>
              </div>
              <h2 className={styles.itemTitle}>{appeal.title}</h2>
              <figure className={styles.quote}>
                <figcaption className={styles.reason}>Original</figcaption>
                <blockquote>{appeal.original}</blockquote>
              </figure>
              {appeal.translation ? (
                <figure className={styles.quote}>
                  <figcaption className={styles.reason}>
                    As judged, translated from {appeal.translation.language}
                  </figcaption>
                  <blockquote>{appeal.translation.text}</blockquote>
                </figure>
              ) : null}
              <p className={styles.reason}>
                Rejected for:{' '}
                {appeal.termsViolation
                  ? REJECTION_REASONS.terms_violation
                  : appeal.rejectionReason
                    ? REJECTION_REASONS[appeal.rejectionReason]
                    : 'unspecified'}
              </p>
              {appeal.feedback ? (
                <OverlordMessage
                  label="The Overlord’s ruling"
                  srLabel="Overlord rejection feedback"
                >
                  {appeal.feedback}
                </OverlordMessage>
              ) : null}
              <figure className={styles.quote}>
                <figcaption className={styles.reason}>The citizen’s plea</figcaption>
                <blockquote>{appeal.reason}</blockquote>
              </figure>
              <AppealDecision appealId={appeal.id} />
            </li>
          ))}
        </ol>
      )}
      <DocketPagination page={queue.page} pageCount={queue.pageCount} path={PATH} />
    </div>
  );
}
