// Withdrawing a statement that still waits in its topic's queue (docs/product.md §17). One
// conditional UPDATE decides it: the review's stamp (`claimPostForReview`) is the same kind of
// UPDATE on the same row, on `status = 'pending' AND review_started_at IS NULL`, so whichever
// commits first wins and the other changes nothing, whatever the interleaving. A head already
// claimed by a review job (on the desk, or waiting for a retry) is refused as well: the claim
// row says review has begun even before the stamp. Nothing else in the queue moves: the
// withdrawn item simply stops being pending, and the head is always the oldest pending item.
import { sqlPool } from '@overlord/db';

import type { Actor, Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { postEvent, publishQueueEvent } from '../live.ts';

interface WithdrawRow {
  id: string;
  topic_id: string;
  author_id: string;
  status: string;
  review_started_at: Date | null;
  claimed: boolean;
  withdrawn_at: Date | null;
}

export async function withdrawPost(
  deps: Pick<Deps, 'db' | 'redis'>,
  actor: Actor,
  postId: string,
): Promise<{ id: string; status: 'withdrawn'; withdrawnAt: Date }> {
  const { rows } = await sqlPool(deps.db).query<WithdrawRow>({
    name: 'post-withdraw',
    text: `WITH target AS (
       SELECT p.id, p.topic_id, p.author_id, p.status::text AS status, p.review_started_at,
              -- review_claims holds one row per busy queue: a scan by item is a few rows.
              EXISTS (SELECT 1 FROM review_claims c WHERE c.item_id = p.id) AS claimed
         FROM posts p
        WHERE p.id = $1::uuid
     ), withdrawn AS (
       UPDATE posts p SET status = 'withdrawn', updated_at = now()
         FROM target t
        WHERE p.id = t.id AND p.author_id = $2::uuid AND NOT t.claimed
          AND p.status = 'pending' AND p.review_started_at IS NULL
       RETURNING p.id, p.updated_at
     )
     SELECT t.id, t.topic_id, t.author_id, t.status, t.review_started_at, t.claimed,
            w.updated_at AS withdrawn_at
       FROM target t LEFT JOIN withdrawn w ON w.id = t.id`,
    values: [postId, actor.id],
  });
  const row = rows[0];
  if (!row || row.author_id !== actor.id) {
    throw new DomainError('NOT_FOUND', 'You have no statement by that number on record.');
  }
  if (row.withdrawn_at) {
    const at = row.withdrawn_at;
    await publishQueueEvent(
      deps.redis,
      postEvent('decided', { id: row.id, topicId: row.topic_id }, 'withdrawn', at),
    );
    return { id: row.id, status: 'withdrawn', withdrawnAt: at };
  }
  if (row.status === 'withdrawn') {
    throw new DomainError('CONFLICT', 'That statement was already withdrawn.');
  }
  if (row.status !== 'pending') {
    throw new DomainError(
      'PRECONDITION_FAILED',
      'The Overlord has already ruled on that statement. A verdict on the record cannot be withdrawn.',
    );
  }
  // Pending, but claimed or stamped (possibly a moment ago, by a job that beat this request).
  throw new DomainError(
    'PRECONDITION_FAILED',
    'Too late, citizen: the Overlord has already taken your statement up for review. Once review has begun a statement cannot be withdrawn; its verdict will follow.',
  );
}
