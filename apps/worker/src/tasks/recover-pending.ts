import {
  conversationQueue,
  enqueue,
  parsePayload,
  TOPIC_QUEUE,
  topicPostQueue,
} from '@overlord/jobs';

import type { TaskFactory } from './types.ts';

/**
 * Safety net: every pending post, topic proposal and private message must have an evaluation job. Submissions
 * enqueue in the same transaction, so this only matters for rows written by other means (seed,
 * manual repair). The job key makes re-adding an existing job a no-op, and runAt = submission
 * time keeps FIFO.
 */
export const recoverPendingTask: TaskFactory = (deps) => async (payload, helpers) => {
  parsePayload('recover-pending', payload);
  const [posts, topics, messages] = await Promise.all([
    deps.db.post.findMany({
      where: { status: 'pending' },
      select: { id: true, topicId: true, submittedAt: true },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      take: 10_000,
    }),
    deps.db.topic.findMany({
      where: { status: 'pending', isSystem: false },
      select: { id: true, submittedAt: true },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      take: 1_000,
    }),
    deps.db.privateMessage.findMany({
      where: { status: 'pending' },
      select: { id: true, conversationId: true, submittedAt: true },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      take: 10_000,
    }),
  ]);
  await helpers.withPgClient(async (client) => {
    const execute = (sql: string, ...params: unknown[]) => client.query(sql, params);
    for (const post of posts) {
      await enqueue(
        execute,
        'evaluate-post',
        { postId: post.id },
        {
          queueName: topicPostQueue(post.topicId),
          runAt: post.submittedAt,
          jobKey: `evaluate-post:${post.id}`,
        },
      );
    }
    for (const topic of topics) {
      await enqueue(
        execute,
        'evaluate-topic',
        { topicId: topic.id },
        {
          queueName: TOPIC_QUEUE,
          runAt: topic.submittedAt,
          jobKey: `evaluate-topic:${topic.id}`,
        },
      );
    }
    for (const message of messages) {
      await enqueue(
        execute,
        'evaluate-message',
        { messageId: message.id },
        {
          queueName: conversationQueue(message.conversationId),
          runAt: message.submittedAt,
          jobKey: `evaluate-message:${message.id}`,
        },
      );
    }
  });
  const total = posts.length + topics.length + messages.length;
  if (total) helpers.logger.info(`recover-pending: ensured jobs for ${total} pending item(s)`);
};
