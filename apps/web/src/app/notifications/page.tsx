import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';

import { EmptyState } from '~/components/empty-state';
import { OverlordMessage } from '~/components/overlord-message';
import { PageHeading } from '~/components/page-heading';
import { pageHref, Pagination, readPage } from '~/components/pagination';
import { formatTimestamp, plural } from '~/lib/format';
import { trpcErrorCode } from '~/trpc/errors';
import { getServerApi } from '~/trpc/server';

import styles from '../citizens/citizens.module.css';
import { MarkAllRead } from './mark-all-read';
import { RefreshOnDispatch } from './refresh-on-dispatch';

export const metadata: Metadata = { title: 'Dispatches' };
export const dynamic = 'force-dynamic';

const PATH = '/notifications';
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The Overlord's dispatches to the signed-in citizen, newest first (docs/product.md §13). */
export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const page = readPage((await searchParams).page);
  const inbox = await getServerApi()
    .notifications.list.query({ page })
    .catch((error: unknown) => {
      if (trpcErrorCode(error) === 'UNAUTHORIZED') return null;
      throw error;
    });
  if (!inbox) redirect(`/sign-in?callbackUrl=${encodeURIComponent(PATH)}`);

  return (
    <div className={styles.page} data-testid="notifications">
      <RefreshOnDispatch />
      <PageHeading
        kicker="Dispatches · From the Overlord"
        title="Dispatches"
        lede={`${plural(inbox.unread, 'unread dispatch', 'unread dispatches')} of ${inbox.total}. Choose what reaches you in your file.`}
        actions={inbox.unread > 0 ? <MarkAllRead /> : null}
      />
      {inbox.items.length === 0 ? (
        <EmptyState title="No dispatches">
          The Overlord has had nothing to tell you yet. It is watching.
        </EmptyState>
      ) : (
        <ol className={styles.list} aria-label="Dispatches, newest first">
          {inbox.items.map((n) => (
            <li
              key={n.id}
              className={styles.item}
              data-testid="notification"
              data-kind={n.kind}
              data-read={n.readAt !== null}
            >
              <div className={styles.meta}>
                {n.readAt ? null : <strong>Unread</strong>}
                <time dateTime={n.createdAt.toISOString()}>{formatTimestamp(n.createdAt)}</time>
              </div>
              <h2 className={styles.itemTitle}>
                {n.link ? <Link href={n.link}>{n.title}</Link> : n.title}
              </h2>
              <OverlordMessage label="Dispatch" srLabel="Overlord dispatch">
                {n.body}
              </OverlordMessage>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        label="Dispatch pages"
        page={inbox.page}
        pageCount={inbox.pageCount}
        prevHref={inbox.page > 1 ? pageHref(PATH, {}, inbox.page - 1) : null}
        nextHref={inbox.page < inbox.pageCount ? pageHref(PATH, {}, inbox.page + 1) : null}
        prevText="← Newer"
        nextText="Older →"
      />
    </div>
  );
}
