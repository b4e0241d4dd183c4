// The one job registry: task names, their payload schemas, and the identity (job key, attempts)
// of every review job. The api validates with these schemas when it enqueues; every task
// validates again when it runs.
import { z } from 'zod';

export const jobPayloads = {
  /** Judge the head of one topic's post queue, then re-queue (docs/decisions.md). */
  'evaluate-posts': z.object({ topicId: z.uuid() }),
  /** Judge the head of the one global queue of topic proposals, then re-queue. */
  'evaluate-topics': z.looseObject({}),
  /** Judge the head of one conversation's message queue, then re-queue. */
  'evaluate-messages': z.object({ conversationId: z.uuid() }),
  'recover-pending': z.looseObject({}),
  /** Embed one approved public item for chat retrieval (docs/product.md §12). */
  'embed-content': z.object({ kind: z.enum(['topic', 'post']), id: z.uuid() }),
  /** Embed what has no vector from the current embedding model (after a provider change). */
  'reembed-content': z.looseObject({}),
  'prune-semantic-cache': z.looseObject({}),
  /**
   * Award badges from verdict history: citizens with a verdict in the last `sinceMinutes`, or
   * everyone when absent.
   */
  'award-badges': z.object({ sinceMinutes: z.number().int().positive().max(10_080).optional() }),
  /** Erase the personal data of closed accounts (docs/product.md §14). */
  'erase-accounts': z.looseObject({}),
  /** Delete or strip what is past its retention period (docs/product.md §14). */
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

export type ReviewKind = 'post' | 'topic' | 'message';

/**
 * A review queue's identity. Each queue (one topic's posts, one conversation's messages, all
 * topic proposals) has at most one waiting job, found by its key; `queue` names the queue in
 * `review_claims` and in the submission lock that orders it.
 */
export interface ReviewJob {
  task: 'evaluate-posts' | 'evaluate-topics' | 'evaluate-messages';
  payload: Record<string, string>;
  jobKey: string;
  /** The queue's name: the advisory-lock key of its submissions and its `review_claims` row. */
  queue: string;
  /**
   * graphile-worker's own retries only cover infrastructure errors (database down); a judge's
   * failure is retried by the scheduler itself, in order (see packages/core/src/review).
   */
  maxAttempts: number;
}

const REVIEW_MAX_ATTEMPTS = 25;

const reviewTasks = {
  post: 'evaluate-posts',
  topic: 'evaluate-topics',
  message: 'evaluate-messages',
} as const;

/**
 * The review job of a queue; `entityId` is the topic (posts) or conversation (messages), null
 * for topic proposals. The job key is always `evaluate-<queue>`, so SQL can find a queue's job
 * from its `review_claims` row.
 */
export function reviewJob(kind: ReviewKind, entityId: string | null): ReviewJob {
  const queue =
    kind === 'post' ? `posts:${entityId}` : kind === 'message' ? `messages:${entityId}` : 'topics';
  const payload: Record<string, string> =
    kind === 'post'
      ? { topicId: entityId! }
      : kind === 'message'
        ? { conversationId: entityId! }
        : {};
  return {
    task: reviewTasks[kind],
    payload,
    jobKey: `evaluate-${queue}`,
    queue,
    maxAttempts: REVIEW_MAX_ATTEMPTS,
  };
}

/** The inverse of `reviewJob(...).queue`. */
export function parseReviewQueue(queue: string): { kind: ReviewKind; entityId: string | null } {
  if (queue === 'topics') return { kind: 'topic', entityId: null };
  const [prefix, entityId] = queue.split(':') as [string, string];
  return { kind: prefix === 'posts' ? 'post' : 'message', entityId };
}
