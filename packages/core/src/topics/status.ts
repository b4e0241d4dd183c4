// The status card of a topic proposal (docs/product.md §7): its place in the single global queue,
// its state, an estimated wait from the measured review times, and the Overlord's commentary,
// exactly as a statement's card (posts/queries.ts, getPostStatus).
import type { Deps } from '../deps.ts';
import { estimateWait, recentSecondsPerItem } from '../queues/eta.ts';
import { queueName } from '../review/queues.ts';

/** Status card of one topic proposal; null when it does not exist or is not the viewer's to see. */
export async function getTopicStatus(
  deps: Pick<Deps, 'db' | 'overlord'>,
  topicId: string,
  viewerId: string | null,
) {
  const { db } = deps;
  const found = await db.topic.findUnique({
    where: { id: topicId },
    select: {
      id: true,
      title: true,
      authorId: true,
      isSystem: true,
      status: true,
      submittedAt: true,
      reviewStartedAt: true,
      decidedAt: true,
      feedback: true,
      commentary: true,
      rejectionReason: true,
      hiddenAt: true,
    },
  });
  if (!found) return null;
  // Rejected, returned and hidden proposals are their author's business alone (docs/product.md §4).
  const open = (found.status === 'pending' || found.status === 'approved') && !found.hiddenAt;
  if (!open && (found.authorId === null || found.authorId !== viewerId)) return null;
  const { authorId: _author, hiddenAt: _hidden, isSystem, ...topic } = found;
  const reviewState =
    topic.status !== 'pending' ? 'decided' : topic.reviewStartedAt ? 'in_review' : 'waiting';
  // The Overlord's own decrees never queue.
  if (topic.status !== 'pending' || isSystem) {
    return { ...topic, reviewState, position: null, queueLength: null, etaSeconds: null } as const;
  }
  const [[counts], secondsPerItem] = await Promise.all([
    // Compared in SQL: submission stamps have microseconds, which a JS Date would drop.
    db.$queryRawUnsafe<[{ position: number; queue_length: number; head_wait: number | null }]>(
      `SELECT count(*) FILTER (WHERE (q.submitted_at, q.id) <= (t.submitted_at, t.id))::int AS position,
              count(*)::int AS queue_length,
              -- A head waiting for its retry holds the whole queue (docs/decisions.md).
              (SELECT greatest(0, extract(epoch FROM c.retry_at - clock_timestamp()))::float8
                 FROM review_claims c WHERE c.queue = $2 AND c.retry_at IS NOT NULL) AS head_wait
         FROM topics t JOIN topics q ON q.status = 'pending' AND NOT q.is_system
        WHERE t.id = $1::uuid`,
      topic.id,
      queueName('topic', null),
    ),
    recentSecondsPerItem(db, 'topic'),
  ]);
  const { position, queue_length: queueLength, head_wait: headWait } = counts;
  return {
    ...topic,
    reviewState,
    position,
    queueLength,
    etaSeconds: estimateWait(position, reviewState === 'in_review', secondsPerItem, headWait ?? 0),
    // While it waits, the Overlord comments on its place in the queue (docs/product.md §6).
    commentary: deps.overlord.commentary({
      position: reviewState === 'in_review' ? 0 : position,
      total: queueLength,
      kind: 'topic',
    }),
  } as const;
}
