import { type Deps, requeueAbandonedClaims, requeueQueuesWithoutJob } from '@overlord/core';
import { sqlPool } from '@overlord/db';
import { recoverPendingJob } from '@overlord/jobs';

import { defineTask } from './define.ts';

/**
 * Safety net: every review queue with a pending item (a topic's posts, a conversation's
 * messages, the topic proposals) must have a review job waiting or running. Submissions add it
 * in their own transaction and the scheduler re-queues after every step, so this matters only
 * for rows written by other means (seed, manual repair) and for jobs that used up their
 * attempts. A killed worker's jobs are not orphans: the liveness sweep hands them back and
 * re-queues what they held (see `liveness.ts`).
 */
export const recoverPendingTask = defineTask(
  recoverPendingJob,
  async (_payload, helpers, deps: Pick<Deps, 'db'>) => {
    const pool = sqlPool(deps.db);
    const query = (sql: string, params: unknown[]) => pool.query(sql, params);
    // Abandoned heads first: they come back at their retry time, which the others then keep.
    const abandoned = await requeueAbandonedClaims(query);
    const [posts, topics, messages] = await Promise.all([
      requeueQueuesWithoutJob(query, 'post', 10_000),
      requeueQueuesWithoutJob(query, 'topic', 1),
      requeueQueuesWithoutJob(query, 'message', 10_000),
    ]);
    const total = posts + topics + messages + abandoned;
    if (total) helpers.logger.info(`recover-pending: re-queued ${total} review queue(s)`);
  },
);
