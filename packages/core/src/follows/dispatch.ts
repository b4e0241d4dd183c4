// Dispatches about followed topics (docs/product.md §21): a follower hears about new approved
// statements at most once an hour per topic. The hour is claimed in the same transaction as the
// notification, under each follow row's lock, so a repeated or concurrent run writes nothing
// twice; followers still inside their hour get a run of the job when it ends.
import type { Db } from '@overlord/db';
import { notifyFollowersJob } from '@overlord/jobs';

import { followedTopicNotice } from '../notifications/texts.ts';
import { notify } from '../notifications/notify.ts';
import { publicWhere } from '../visibility.ts';
import { newStatementsSql } from './follows.ts';
import { wantingFollowDispatches } from './wants.ts';

/** A follower's dispatches about one topic are at least this far apart. */
export const FOLLOW_DISPATCH_INTERVAL = '1 hour';

/** Statements new to follower `f` since their last visit, follow or dispatch. */
const since = 'greatest(f.created_at, f.last_seen_at, f.last_dispatched_at)';
const outsideTheirHour = `(f.last_dispatched_at IS NULL
  OR f.last_dispatched_at <= now() - interval '${FOLLOW_DISPATCH_INTERVAL}')`;

export async function notifyFollowers(
  deps: { db: Db },
  topicId: string,
): Promise<{ notified: number; nextRunAt: Date | null }> {
  return deps.db.$transaction(async (tx) => {
    const topic = await tx.topic.findFirst({
      where: { id: topicId, ...publicWhere },
      select: { id: true, title: true },
    });
    if (!topic) return { notified: 0, nextRunAt: null };
    // The UPDATE re-checks the hour on the locked row, so of two concurrent runs one claims it.
    const due = await tx.$queryRawUnsafe<{ user_id: string; n: number }[]>(
      `WITH fresh AS (
         SELECT f.user_id, (SELECT count(*)::int ${newStatementsSql(since)}) AS n
           FROM topic_follows f
          WHERE f.topic_id = $1::uuid AND ${outsideTheirHour}
       )
       UPDATE topic_follows f SET last_dispatched_at = clock_timestamp()
         FROM fresh d
        WHERE f.topic_id = $1::uuid AND f.user_id = d.user_id AND d.n > 0 AND ${outsideTheirHour}
       RETURNING f.user_id::text, d.n`,
      topicId,
    );
    const wanting = new Set(
      await wantingFollowDispatches(
        tx,
        due.map((d) => d.user_id),
      ),
    );
    await notify(
      tx,
      due
        .filter((d) => wanting.has(d.user_id))
        .map((d) => ({ userId: d.user_id, text: followedTopicNotice(topic, d.n) })),
    );
    // Followers inside their hour with something new: come back when the first hour ends.
    const [next] = await tx.$queryRawUnsafe<{ next_at: Date | null }[]>(
      `SELECT min(f.last_dispatched_at) + interval '${FOLLOW_DISPATCH_INTERVAL}' AS next_at
         FROM topic_follows f
        WHERE f.topic_id = $1::uuid AND NOT ${outsideTheirHour}
          AND EXISTS (SELECT 1 ${newStatementsSql(since)})`,
      topicId,
    );
    const nextRunAt = next?.next_at ?? null;
    if (nextRunAt) {
      // A waiting job (a newer approval's, due now) keeps its earlier time.
      await notifyFollowersJob.enqueue(
        (sql, ...params) => tx.$executeRawUnsafe(sql, ...params),
        { topicId },
        { runAt: nextRunAt, keyMode: 'preserve_run_at' },
      );
    }
    return { notified: wanting.size, nextRunAt };
  });
}
