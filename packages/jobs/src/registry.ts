// The one job registry: task names, their payload schemas and the queue each belongs to.
// The api validates with these schemas when it enqueues; every task validates again when it runs.
import { z } from 'zod';

import { conversationQueue, TOPIC_QUEUE, topicPostQueue } from './queues.ts';

export const jobPayloads = {
  'evaluate-post': z.object({ postId: z.uuid() }),
  'evaluate-topic': z.object({ topicId: z.uuid() }),
  'evaluate-message': z.object({ messageId: z.uuid() }),
  'recover-pending': z.looseObject({}),
  /** Embed one approved public item for chat retrieval (SPEC §12). */
  'embed-content': z.object({ kind: z.enum(['topic', 'post']), id: z.uuid() }),
  /** Embed what has no vector from the current embedding model (after a provider change). */
  'reembed-content': z.looseObject({}),
  'prune-semantic-cache': z.looseObject({}),
  /**
   * Award badges from verdict history: citizens with a verdict in the last `sinceMinutes`, or
   * everyone when absent.
   */
  'award-badges': z.object({ sinceMinutes: z.number().int().positive().max(10_080).optional() }),
  /** Erase the personal data of closed accounts (SPEC §14). */
  'erase-accounts': z.looseObject({}),
  /** Delete or strip what is past its retention period (SPEC §14). */
  'apply-retention': z.looseObject({}),
  /** Rebuild the Redis leaderboard mirror from the stored scores. */
  'rebuild-leaderboard': z.looseObject({}),
} as const;

export type JobName = keyof typeof jobPayloads;
export type JobPayload<N extends JobName> = z.infer<(typeof jobPayloads)[N]>;

/** Parses a payload at run time; throws a readable error that graphile-worker records on the job. */
export function parsePayload<N extends JobName>(name: N, payload: unknown): JobPayload<N> {
  const result = jobPayloads[name].safeParse(payload);
  if (!result.success) {
    throw new Error(`Invalid payload for ${name}: ${z.prettifyError(result.error)}`);
  }
  return result.data as JobPayload<N>;
}

export const jobQueues = {
  'evaluate-post': (key: string) => topicPostQueue(key),
  'evaluate-topic': () => TOPIC_QUEUE,
  'evaluate-message': (key: string) => conversationQueue(key),
} as const;
