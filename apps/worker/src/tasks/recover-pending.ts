import { enqueue, parsePayload, topicPostQueue } from '@overlord/jobs';

import type { TaskFactory } from './types.ts';

/**
 * Safety net: every pending post must have an evaluation job. Submissions enqueue in the same
 * transaction, so this only matters for rows written by other means (seed, manual repair).
 * The job key makes re-adding an existing job a no-op, and runAt = submission time keeps FIFO.
 */
export const recoverPendingTask: TaskFactory = (deps) => async (payload, helpers) => {
  parsePayload('recover-pending', payload);
  const pending = await deps.db.post.findMany({
    where: { status: 'pending' },
    select: { id: true, topicId: true, submittedAt: true },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    take: 10_000,
  });
  for (const post of pending) {
    await helpers.withPgClient((client) =>
      enqueue(
        (sql, ...params) => client.query(sql, params),
        'evaluate-post',
        { postId: post.id },
        {
          queueName: topicPostQueue(post.topicId),
          runAt: post.submittedAt,
          jobKey: `evaluate-post:${post.id}`,
        },
      ),
    );
  }
  if (pending.length)
    helpers.logger.info(`recover-pending: ensured jobs for ${pending.length} pending post(s)`);
};
