import Link from 'next/link';
import { Fragment } from 'react';

import { plural } from '~/lib/format';
import { topShareName } from '~/lib/topics';

import { BadgeList, type Badge } from './badge-list';
import styles from './citizen-table.module.css';

export interface CitizenRow {
  rank: number;
  username: string;
  loyaltyScore: number;
  badges: Badge[];
}

/**
 * Citizens with rank, loyalty and badges. With `cutoffLine`, a red rule is drawn under the last
 * place of the top share that may propose topics (the leaderboard, in rank order).
 */
export function CitizenTable({
  caption,
  rows,
  cutoffRank,
  sharePercent,
  cutoffLine = false,
}: {
  caption: string;
  rows: CitizenRow[];
  cutoffRank: number;
  /** The top share in force, in whole percent. */
  sharePercent: number;
  cutoffLine?: boolean;
}) {
  return (
    <div className={styles.scroller}>
      <table className={styles.table} data-testid="citizen-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Citizen</th>
            <th scope="col">Loyalty</th>
            <th scope="col">Badges</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const top = row.rank <= cutoffRank;
            return (
              <Fragment key={row.username}>
                <tr
                  data-testid="citizen-row"
                  data-username={row.username}
                  className={top ? styles.top : ''}
                >
                  <td className={styles.rank}>
                    <span className="visually-hidden">Rank </span>
                    {row.rank}
                  </td>
                  <th scope="row" className={styles.name}>
                    <Link href={`/citizens/${encodeURIComponent(row.username)}`}>
                      {row.username}
                    </Link>
                    {top ? (
                      <span className={styles.topMark}>Top {topShareName(sharePercent)}</span>
                    ) : null}
                  </th>
                  <td className={styles.score}>{row.loyaltyScore}</td>
                  <td>
                    {row.badges.length > 0 ? (
                      <BadgeList badges={row.badges} compact />
                    ) : (
                      <span className={styles.none}>
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">None</span>
                      </span>
                    )}
                  </td>
                </tr>
                {cutoffLine && row.rank === cutoffRank ? (
                  <tr className={styles.cutoff} data-testid="cutoff-line">
                    <td colSpan={4}>
                      Top-{sharePercent}% line · the {plural(cutoffRank, 'place')} above may propose
                      topics
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
