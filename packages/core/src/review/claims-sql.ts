// The scheduler's statements, each one round trip and none held open across a model call:
// claim the head of a queue, settle it after a verdict, record a failure. See docs/decisions.md
// ("Jobs and ordering") for why a claim is valid only while the job that made it is running.
import { type Db, sqlPool } from '@overlord/db';
import { type ReviewKind, reviewJobParams, reviewJobSql, runningJobSql } from '@overlord/jobs';

import { headSql, queueName } from './queues.ts';

export type ClaimOutcome =
  /** This job now holds the head. `attempts` counts its earlier failures. */
  | { kind: 'claimed'; itemId: string; attempts: number; firstFailedAt: Date | null }
  /** Nothing pending in this queue. */
  | { kind: 'empty' }
  /** Another running job holds the head; it re-queues the queue when it is done. */
  | { kind: 'busy' }
  /** The head failed and waits for its retry time. */
  | { kind: 'waiting'; retryAt: Date };

interface ClaimRow {
  head_id: string | null;
  claimed_id: string | null;
  attempts: number | null;
  first_failed_at: Date | null;
  holder: string | null;
  retry_at: Date | null;
  held_item: string | null;
}

/**
 * Claims the oldest pending item of a queue for job `jobId`. A claim row left by a job that is
 * no longer running (killed, or failed for good) is taken over; so is this job's own claim (a
 * retry of the same job). A head waiting for its retry time is not taken before it.
 */
export async function claimHead(
  db: Db,
  kind: ReviewKind,
  entityId: string | null,
  jobId: string,
): Promise<ClaimOutcome> {
  const { rows } = await sqlPool(db).query<ClaimRow>({
    name: `review-claim-${kind}`,
    text: `WITH head AS (${headSql(kind, '$3')}),
     prior AS (SELECT * FROM review_claims WHERE queue = $1),
     claimed AS (
       INSERT INTO review_claims AS c (queue, item_id, claimed_by, claimed_at, updated_at)
       SELECT $1, head.id, $2::bigint, clock_timestamp(), clock_timestamp() FROM head
       ON CONFLICT (queue) DO UPDATE SET
         item_id = EXCLUDED.item_id,
         claimed_by = EXCLUDED.claimed_by,
         claimed_at = EXCLUDED.claimed_at,
         attempts = CASE WHEN c.item_id = EXCLUDED.item_id THEN c.attempts ELSE 0 END,
         first_failed_at = CASE WHEN c.item_id = EXCLUDED.item_id THEN c.first_failed_at END,
         last_error = CASE WHEN c.item_id = EXCLUDED.item_id THEN c.last_error END,
         retry_at = NULL,
         updated_at = EXCLUDED.updated_at
       WHERE (c.claimed_by IS NULL OR c.claimed_by = EXCLUDED.claimed_by
              OR NOT ${runningJobSql('c.claimed_by')})
         AND (c.item_id <> EXCLUDED.item_id OR c.retry_at IS NULL
              OR c.retry_at <= clock_timestamp())
       RETURNING c.item_id, c.attempts, c.first_failed_at
     )
     SELECT (SELECT id FROM head) AS head_id, cl.item_id AS claimed_id, cl.attempts,
            cl.first_failed_at, p.claimed_by::text AS holder, p.retry_at, p.item_id AS held_item
       FROM (SELECT 1) one
       LEFT JOIN claimed cl ON true
       LEFT JOIN prior p ON true`,
    values: [queueName(kind, entityId), jobId, entityId],
  });
  const row = rows[0]!;
  if (row.claimed_id) {
    return {
      kind: 'claimed',
      itemId: row.claimed_id,
      attempts: row.attempts ?? 0,
      firstFailedAt: row.first_failed_at,
    };
  }
  if (!row.head_id) return { kind: 'empty' };
  if (row.held_item === row.head_id && row.holder === null && row.retry_at) {
    return { kind: 'waiting', retryAt: row.retry_at };
  }
  return { kind: 'busy' };
}

/**
 * After the head was decided (or held, or found decided already): drops its claim and
 * re-queues the queue's job at its next head's submission time. The re-queue is unconditional
 * (a run that finds the queue empty simply ends), so a submission racing with this statement can
 * never be left without a job.
 */
export async function settleHead(
  db: Db,
  kind: ReviewKind,
  entityId: string | null,
  itemId: string,
): Promise<void> {
  await sqlPool(db).query({
    name: `review-settle-${kind}`,
    text: `WITH released AS (
       DELETE FROM review_claims WHERE queue = $1 AND item_id = $2::uuid RETURNING 1
     ), next AS (${headSql(kind, '$3')})
     SELECT ${reviewJobSql(4, 't.at', 'replace')} AS job, (SELECT count(*) FROM released) AS released
       FROM (SELECT COALESCE((SELECT submitted_at FROM next), now()) AS at) t`,
    values: [queueName(kind, entityId), itemId, entityId, ...reviewJobParams(kind, entityId)],
  });
}

/**
 * A judge failure on the held head: counts it, frees the claim and re-queues the queue for the
 * retry time. Nothing later in the queue can be claimed meanwhile (it is not the head).
 */
export async function recordHeadFailure(
  db: Db,
  kind: ReviewKind,
  entityId: string | null,
  itemId: string,
  error: string,
  retryInSeconds: number,
  /** False for a wait that is no fault of the head (the hourly call budget is spent). */
  countsAsFailure = true,
): Promise<Date | null> {
  const { rows } = await sqlPool(db).query<{ retry_at: Date }>({
    name: `review-fail-${kind}`,
    text: `WITH failed AS (
       UPDATE review_claims
          SET claimed_by = NULL,
              attempts = attempts + CASE WHEN $5::boolean THEN 1 ELSE 0 END,
              first_failed_at = CASE WHEN $5::boolean THEN COALESCE(first_failed_at, clock_timestamp())
                                     ELSE first_failed_at END,
              last_error = left($3, 2000),
              retry_at = clock_timestamp() + make_interval(secs => $4::float8),
              updated_at = clock_timestamp()
        WHERE queue = $1 AND item_id = $2::uuid
       RETURNING retry_at
     )
     SELECT f.retry_at, ${reviewJobSql(6, 'f.retry_at', 'replace')} AS job FROM failed f`,
    values: [
      queueName(kind, entityId),
      itemId,
      error,
      retryInSeconds,
      countsAsFailure,
      ...reviewJobParams(kind, entityId),
    ],
  });
  return rows[0]?.retry_at ?? null;
}
