// The public moderation log (docs/product.md §16): every published decision of the Overlord and
// its officials, newest first, with filters in the URL, cursor pages, live arrivals and an Atom
// feed; and the Overlord's record drawn as charts.
import type { Metadata } from 'next';
import Link from 'next/link';

import { Figures } from '~/components/figures';
import { PageHeading } from '~/components/page-heading';
import { Pagination } from '~/components/pagination';
import { formatDuration, formatValue } from '~/components/charts/format';
import { LOG_PAGE_SIZE, logHref, readLogParams } from '~/lib/log';
import { trpcErrorCode } from '~/trpc/errors';
import { getServerApi } from '~/trpc/server';

import { LiveLog } from './live-log';
import { LogFilterForm } from './log-filters';
import styles from './log.module.css';
import { OverlordRecord } from './overlord-record';

export const metadata: Metadata = {
  title: 'The public log',
  alternates: { types: { 'application/atom+xml': '/log/feed.xml' } },
};
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LogPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters, cursor, problems } = readLogParams(await searchParams);
  const api = getServerApi();
  const [listed, record, topics] = await Promise.all([
    api.log.list.query({ ...filters, cursor, limit: LOG_PAGE_SIZE }).catch((error: unknown) => {
      if (trpcErrorCode(error) !== 'BAD_REQUEST') throw error;
      return null;
    }),
    api.log.record.query(),
    api.topics.list.query({ limit: 50 }),
  ]);
  const page = listed ?? { items: [], nextCursor: null };
  const filtered = Object.values(filters).some(Boolean);
  const { totals } = record;

  return (
    <div className={styles.page}>
      <PageHeading
        kicker="Ministry of Reason · Public record"
        title="The public log"
        lede="Every decision of the Overlord and its officials, newest first: verdicts, appeals, reports and tag changes. Rejected statements appear without their author or their words; private correspondence and sanctions never appear."
      />

      <Figures
        items={[
          {
            label: `Verdicts, last ${record.days} days`,
            value: totals.verdicts.toLocaleString('en'),
            testId: 'record-verdicts',
          },
          {
            label: `Overturned on appeal, last ${record.weeks} weeks`,
            value:
              totals.errorRate === null
                ? 'No appeals decided'
                : `${formatValue(totals.errorRate, 'percent')} (${totals.appealsSustained} of ${totals.appealsDecided})`,
            testId: 'record-error-rate',
          },
          {
            label: 'Median time to verdict',
            value: totals.medianSeconds === null ? '—' : formatDuration(totals.medianSeconds),
            testId: 'record-median',
          },
        ]}
      />

      <section className={styles.section} aria-labelledby="log-entries-heading">
        <h2 id="log-entries-heading" className={styles.sectionTitle}>
          Decisions on record
        </h2>
        <LogFilterForm
          filters={filters}
          topics={topics.items.map((t) => ({ id: t.id, title: t.title }))}
          judges={record.judges}
        />
        {problems.length > 0 || !listed ? (
          <p className={styles.problems} role="alert" data-testid="log-problems">
            {listed
              ? `Some filters were set aside: ${problems.join(' ')}`
              : 'That page of the log does not exist. '}
            {listed ? null : <Link href={logHref(filters)}>Start from the newest entries.</Link>}
          </p>
        ) : null}
        <p className={styles.feedLink}>
          <a href={logHref(filters, null, '/log/feed.xml')} type="application/atom+xml">
            Atom feed of {filtered ? 'these entries' : 'the log'}
          </a>
          {filtered ? (
            <>
              {' · '}
              <Link href="/log">Clear filters</Link>
            </>
          ) : null}
        </p>
        <LiveLog
          key={logHref(filters, cursor)}
          initial={page}
          filters={filters}
          live={cursor === null}
        />
        <Pagination
          label="Log pages"
          prevHref={cursor ? logHref(filters) : null}
          nextHref={page.nextCursor ? logHref(filters, page.nextCursor) : null}
          prevText="← Newest entries"
          nextText="Older entries →"
        />
      </section>

      <OverlordRecord record={record} />
    </div>
  );
}
