// A head whose evaluation kept failing past the bound is held for moderators as a failure: it
// leaves the queue as rejected (never approved by default), flagged for a human decision, and
// without a loyalty penalty (the citizen did nothing wrong). Its queue moves on.
import { type Db, sqlPool } from '@overlord/db';
import type { ReviewKind } from '@overlord/jobs';

import { reviewQueueShapes } from './queues.ts';

export const HELD_AFTER_FAILURES_FEEDBACK =
  'Citizen, the Ministry could not complete its evaluation of your submission in time. It has been withheld, not approved, and placed before a human moderator.';

export interface HeldHead {
  id: string;
  entityId: string | null;
  decidedAt: Date;
}

export async function holdFailedHead(
  db: Db,
  kind: ReviewKind,
  itemId: string,
  error: string,
  judge: string,
): Promise<HeldHead | null> {
  const shape = reviewQueueShapes[kind];
  const { rows } = await sqlPool(db).query<{
    id: string;
    entity_id: string | null;
    decided_at: Date;
  }>({
    name: `review-hold-${kind}`,
    text: `UPDATE ${shape.table}
              SET status = 'rejected', held_for_review = true, decided_at = clock_timestamp(),
                  feedback = $2, evaluation = jsonb_build_object('error', $3::text), judge = $4
                  ${shape.hasUpdatedAt ? ', updated_at = now()' : ''}
            WHERE id = $1::uuid AND status = 'pending'
        RETURNING id, ${shape.entityColumn ?? 'NULL'}::text AS entity_id, decided_at`,
    values: [itemId, HELD_AFTER_FAILURES_FEEDBACK, error, judge],
  });
  const row = rows[0];
  return row ? { id: row.id, entityId: row.entity_id, decidedAt: row.decided_at } : null;
}
