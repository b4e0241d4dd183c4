// Safety nets of the scheduler. Every queue with a pending item must have a review job that is
// waiting or running; submissions and the scheduler itself keep it so, and these find the rare
// queue that lost its job (a job that died holding the head, rows written by other means).
import {
  enqueueReview,
  liveJobWithKeySql,
  parseReviewQueue,
  reviewJobKeySql,
  type ReviewKind,
  runningJobSql,
  type SqlExecutor,
} from '@overlord/jobs';

import { reviewQueueShapes } from './queues.ts';

type Query = (sql: string, params: unknown[]) => Promise<{ rows: unknown[] }>;

/** The queue (an SQL expression of its name) has a job that still counts. */
const hasLiveJob = (queueExpr: string) => liveJobWithKeySql(reviewJobKeySql(queueExpr));

/**
 * Queues whose head is claimed by a job that no longer runs (or waits for a retry) and that have
 * no live job: re-queued at their retry time. Cheap (one row per queue in review), so the
 * liveness sweep runs it every few seconds, right after it frees the jobs of dead workers.
 */
export async function requeueAbandonedClaims(query: Query): Promise<number> {
  const { rows } = (await query(
    `SELECT c.queue, c.retry_at::text AS run_at FROM review_claims c
      WHERE NOT ${runningJobSql('c.claimed_by')}
        AND NOT ${hasLiveJob('c.queue')}
        -- A row whose item was decided (a crash between verdict and settle) is stale, not work.
        AND (EXISTS (SELECT 1 FROM posts WHERE id = c.item_id AND status = 'pending')
             OR EXISTS (SELECT 1 FROM topics WHERE id = c.item_id AND status = 'pending')
             OR EXISTS (SELECT 1 FROM private_messages WHERE id = c.item_id AND status = 'pending'))`,
    [],
  )) as { rows: { queue: string; run_at: string | null }[] };
  const execute: SqlExecutor = (sql, ...params) => query(sql, params);
  for (const row of rows) {
    const { kind, entityId } = parseReviewQueue(row.queue);
    await enqueueReview(execute, kind, entityId, { runAt: row.run_at });
  }
  return rows.length;
}

/**
 * Queues of one kind with pending items and no live job (rows written by other means, jobs that
 * used up their attempts): re-queued at their head's submission time.
 */
export async function requeueQueuesWithoutJob(
  query: Query,
  kind: ReviewKind,
  limit: number,
): Promise<number> {
  const shape = reviewQueueShapes[kind];
  const entity = shape.entityColumn ? `${shape.entityColumn}::text` : 'NULL::text';
  const queue =
    kind === 'post'
      ? `'posts:' || e.entity`
      : kind === 'message'
        ? `'messages:' || e.entity`
        : `'topics'`;
  const { rows } = (await query(
    `SELECT e.entity, e.run_at::text AS run_at FROM (
       SELECT ${entity} AS entity, min(submitted_at) AS run_at
         FROM ${shape.table} WHERE status = 'pending' ${shape.extraFilter}
        GROUP BY 1
     ) e
     WHERE NOT ${hasLiveJob(queue)}
     ORDER BY e.run_at LIMIT $1`,
    [limit],
  )) as { rows: { entity: string | null; run_at: string }[] };
  const execute: SqlExecutor = (sql, ...params) => query(sql, params);
  for (const row of rows) {
    await enqueueReview(execute, kind, row.entity, { runAt: row.run_at });
  }
  return rows.length;
}
