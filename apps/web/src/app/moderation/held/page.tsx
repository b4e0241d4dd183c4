import type { Metadata } from 'next';
import Link from 'next/link';

import { EmptyState } from '~/components/empty-state';
import { PageHeading } from '~/components/page-heading';
import { citizenHref } from '~/lib/citizens';
import { formatTimestamp, plural } from '~/lib/format';
import { getServerApi } from '~/trpc/server';

import styles from '../../citizens/citizens.module.css';
import { DocketSignIn, isAdmin, readDocket } from '../docket';
import { DocketTabs } from '../docket-tabs';
import { HeldDecision } from './held-decision';

export const metadata: Metadata = { title: 'Held items' };
export const dynamic = 'force-dynamic';

const PATH = '/moderation/held';
const KIND = { topic: 'Topic proposal', post: 'Statement', message: 'Private message' } as const;

/**
 * Items held because the safety screen failed or timed out, or their evaluation kept failing
 * (docs/product.md §6), oldest first, for moderators+. Released items rejoin their queue.
 */
export default async function HeldPage() {
  const items = await readDocket(getServerApi().held.list.query({}));
  if (!items) return <DocketSignIn what="held items" path={PATH} />;

  return (
    <div className={styles.page} data-testid="held-items">
      <PageHeading
        kicker="Central Committee · Held for review"
        title="Held items"
        lede={`${plural(items.length, 'item')} the Overlord could not judge, oldest first. Releasing returns an item to its queue, where the Overlord judges it in order; rejecting keeps it out as a terms violation.`}
      />
      <DocketTabs current={PATH} admin={await isAdmin()} />
      {items.length === 0 ? (
        <EmptyState title="Nothing is held">
          Every submission was inspected. The machinery hums.
        </EmptyState>
      ) : (
        <ol className={styles.list} aria-label="Held items, oldest first">
          {items.map((item) => (
            <li
              key={item.id}
              className={styles.item}
              data-testid="held-item"
              data-held-id={item.id}
            >
              <div className={styles.meta}>
                <span>{KIND[item.kind]}</span>
                {item.author ? (
                  <>
                    <span aria-hidden="true">·</span>
                    <span>
                      by <Link href={citizenHref(item.author)}>{item.author}</Link>
                    </span>
                  </>
                ) : null}
                <span aria-hidden="true">·</span>
                <span>
                  submitted{' '}
                  <time dateTime={item.submittedAt.toISOString()}>
                    {formatTimestamp(item.submittedAt)}
                  </time>
                </span>
              </div>
              {item.topic ? (
                <p className={styles.reason}>
                  In <Link href={`/topics/${item.topic.id}`}>{item.topic.title}</Link>
                </p>
              ) : null}
              <figure className={styles.quote}>
                <figcaption className={styles.reason}>Text</figcaption>
                <blockquote>
                  {item.excerpt ?? 'A private message: moderators do not read its text.'}
                </blockquote>
              </figure>
              <p className={styles.reason} data-testid="held-reason">
                Why it was held: {item.error ?? 'no reason was recorded'}
              </p>
              <HeldDecision kind={item.kind} id={item.id} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
