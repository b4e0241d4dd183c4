import type { Deps } from '@overlord/core';
import { type Db, sqlPool } from '@overlord/db';
import {
  conversationQueue,
  enqueue,
  parsePayload,
  TOPIC_QUEUE,
  topicPostQueue,
} from '@overlord/jobs';

import type { Task } from 'graphile-worker';

interface Orphan {
  id: string;
  /** The topic (posts) or conversation (messages) whose queue the job belongs in. */
  scope: string | null;
  /** `submitted_at` as text: a JavaScript Date would drop the microseconds that order a queue. */
  run_at: string;
}

/**
 * Pending items of one kind whose evaluation job is missing or used up. A job that is waiting
 * or running is never touched: re-adding it would update its row, and while that row is locked
 * graphile-worker's job fetch (`FOR UPDATE SKIP LOCKED`) skips it and takes the next job in the
 * same named queue, judging a later post before an earlier one.
 */
async function findOrphans(
  db: Db,
  table: 'posts' | 'topics' | 'private_messages',
  task: string,
  scope: string,
  limit: number,
): Promise<Orphan[]> {
  const systemFilter = table === 'topics' ? 'AND NOT item.is_system' : '';
  const { rows } = await sqlPool(db).query<Orphan>(
    `SELECT item.id, ${scope} AS scope, item.submitted_at::text AS run_at
       FROM ${table} item
      WHERE item.status = 'pending' ${systemFilter}
        AND NOT EXISTS (
          SELECT 1 FROM graphile_worker._private_jobs job
           WHERE job.key = $1 || ':' || item.id::text
             AND (job.attempts < job.max_attempts OR job.locked_at IS NOT NULL))
      ORDER BY item.submitted_at, item.id
      LIMIT $2`,
    [task, limit],
  );
  return rows;
}

/**
 * Safety net: every pending post, topic proposal and private message must have an evaluation
 * job. Submissions enqueue in the same transaction, so this only matters for rows written by
 * other means (seed, manual repair) and for jobs that used up their attempts. A killed worker's
 * jobs are not orphans: the liveness sweep hands them back (see `liveness.ts`). runAt =
 * submission time puts a re-added job in its place in the queue.
 */
export const recoverPendingTask =
  (deps: Pick<Deps, 'db'>): Task =>
  async (payload, helpers) => {
    parsePayload('recover-pending', payload);
    const [posts, topics, messages] = await Promise.all([
      findOrphans(deps.db, 'posts', 'evaluate-post', 'item.topic_id::text', 10_000),
      findOrphans(deps.db, 'topics', 'evaluate-topic', 'NULL', 1_000),
      findOrphans(
        deps.db,
        'private_messages',
        'evaluate-message',
        'item.conversation_id::text',
        10_000,
      ),
    ]);
    await helpers.withPgClient(async (client) => {
      const execute = (sql: string, ...params: unknown[]) => client.query(sql, params);
      for (const post of posts) {
        await enqueue(
          execute,
          'evaluate-post',
          { postId: post.id },
          {
            queueName: topicPostQueue(post.scope!),
            runAt: post.run_at,
            jobKey: `evaluate-post:${post.id}`,
          },
        );
      }
      for (const topic of topics) {
        await enqueue(
          execute,
          'evaluate-topic',
          { topicId: topic.id },
          { queueName: TOPIC_QUEUE, runAt: topic.run_at, jobKey: `evaluate-topic:${topic.id}` },
        );
      }
      for (const message of messages) {
        await enqueue(
          execute,
          'evaluate-message',
          { messageId: message.id },
          {
            queueName: conversationQueue(message.scope!),
            runAt: message.run_at,
            jobKey: `evaluate-message:${message.id}`,
          },
        );
      }
    });
    const total = posts.length + topics.length + messages.length;
    if (total) helpers.logger.info(`recover-pending: re-added jobs for ${total} pending item(s)`);
  };
