// The three kinds of review queue and where their items live. Table and column names are
// constants of this file (never input), so they may be spliced into SQL text.
import { reviewJob, type ReviewKind } from '@overlord/jobs';

export interface ReviewQueueShape {
  table: 'posts' | 'topics' | 'private_messages';
  /** The column that names the queue an item belongs to; null for the single topic queue. */
  entityColumn: 'topic_id' | 'conversation_id' | null;
  /** Items that are never queued (the Overlord's own system topics). */
  extraFilter: string;
  hasUpdatedAt: boolean;
}

export const reviewQueueShapes: Record<ReviewKind, ReviewQueueShape> = {
  post: { table: 'posts', entityColumn: 'topic_id', extraFilter: '', hasUpdatedAt: true },
  topic: {
    table: 'topics',
    entityColumn: null,
    extraFilter: 'AND NOT is_system',
    hasUpdatedAt: true,
  },
  message: {
    table: 'private_messages',
    entityColumn: 'conversation_id',
    extraFilter: '',
    hasUpdatedAt: false,
  },
};

/** SQL selecting the oldest pending item of the queue whose entity id is parameter `$n`. */
export function headSql(kind: ReviewKind, entityParam: string): string {
  const shape = reviewQueueShapes[kind];
  // The single topic queue has no entity; the parameter is still referenced so its type is known.
  const entity = shape.entityColumn
    ? `${shape.entityColumn} = ${entityParam}::uuid`
    : `${entityParam}::uuid IS NULL`;
  return `SELECT id, submitted_at FROM ${shape.table}
           WHERE ${entity} AND status = 'pending' ${shape.extraFilter}
           ORDER BY submitted_at, id LIMIT 1`;
}

export const queueName = (kind: ReviewKind, entityId: string | null) =>
  reviewJob(kind, entityId).queue;
