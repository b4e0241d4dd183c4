import type { Metadata } from 'next';

import { CitizenTable } from '~/components/citizen-table';
import { EmptyState } from '~/components/empty-state';
import { Figures } from '~/components/figures';
import { OverlordMessage } from '~/components/overlord-message';
import { PageHeading } from '~/components/page-heading';
import { pageHref, Pagination, readPage } from '~/components/pagination';
import { topShareName } from '~/lib/topics';
import { getServerApi } from '~/trpc/server';

import styles from '../citizens/citizens.module.css';

export const metadata: Metadata = { title: 'Leaderboard' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LeaderboardPage({ searchParams }: { searchParams: SearchParams }) {
  const requested = readPage((await searchParams).page);
  const board = await getServerApi().users.leaderboard.query({ page: requested });
  const { cutoff } = board;

  return (
    <div className={styles.page}>
      <PageHeading
        kicker="Ministry of Reason · Loyalty ledger"
        title="Leaderboard"
        lede="Every citizen by loyalty, computed from the Overlord’s verdicts alone. Equal scores: the older citizen stands first."
      />
      <Figures
        items={[
          { label: 'Citizens ranked', value: cutoff.total.toLocaleString('en') },
          {
            label: `Top ${topShareName(cutoff.sharePercent)}: places`,
            value: cutoff.cutoffRank.toLocaleString('en'),
            testId: 'cutoff-rank',
          },
          {
            label: 'Cut-off score',
            value: cutoff.cutoffScore ?? '—',
            testId: 'cutoff-score',
          },
        ]}
      />
      <OverlordMessage label="Standing order" srLabel="Overlord notice">
        {cutoff.cutoffScore === null
          ? 'No citizen is ranked. The ledger awaits its first verdict.'
          : `The most loyal ${topShareName(cutoff.sharePercent)} (${cutoff.cutoffRank.toLocaleString('en')} ${cutoff.cutoffRank === 1 ? 'place' : 'places'}, loyalty ${cutoff.cutoffScore} or more) may propose topics, provided their loyalty is above zero. The line moves with every verdict.`}
      </OverlordMessage>
      {board.items.length === 0 ? (
        <EmptyState title="The ledger is empty">
          {requested > 1 ? 'This page lies beyond the last citizen.' : 'No citizen is ranked yet.'}
        </EmptyState>
      ) : (
        <CitizenTable
          caption={`Leaderboard, page ${board.page} of ${board.pageCount}`}
          rows={board.items}
          cutoffRank={cutoff.cutoffRank}
          sharePercent={cutoff.sharePercent}
          cutoffLine
        />
      )}
      <Pagination
        label="Leaderboard pages"
        page={board.page}
        pageCount={board.pageCount}
        prevHref={board.page > 1 ? pageHref('/leaderboard', {}, board.page - 1) : null}
        nextHref={
          board.page < board.pageCount ? pageHref('/leaderboard', {}, board.page + 1) : null
        }
        prevText="← Higher ranks"
        nextText="Lower ranks →"
      />
    </div>
  );
}
