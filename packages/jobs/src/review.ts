// A review queue's job: the one call site shape for submissions, the scheduler's own re-queue
// and the recovery sweeps. Task name, key and attempts come from the definitions of the three
// evaluate tasks.
import type { SqlExecutor } from './define.ts';
import { evaluateMessagesJob } from './tasks/evaluate-messages.ts';
import { evaluatePostsJob } from './tasks/evaluate-posts.ts';
import { evaluateTopicsJob } from './tasks/evaluate-topics.ts';

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

/**
 * The job key of a queue is `evaluate-<queue>`, so SQL can find a queue's job from its
 * `review_claims` row (`reviewJobKeySql`).
 */
const queueOfKey = (key: string) => key.slice('evaluate-'.length);

/** The SQL expression of a queue's job key, from an SQL expression of its name. */
export const reviewJobKeySql = (queueExpr: string): string => `'evaluate-' || ${queueExpr}`;

/**
 * The review job of a queue; `entityId` is the topic (posts) or conversation (messages), null
 * for topic proposals.
 */
export function reviewJob(kind: ReviewKind, entityId: string | null): ReviewJob {
  const [task, payload, jobKey, maxAttempts] = reviewJobParams(kind, entityId);
  return {
    task: task as ReviewJob['task'],
    payload: JSON.parse(payload) as Record<string, string>,
    jobKey: jobKey!,
    queue: queueOfKey(jobKey!),
    maxAttempts,
  };
}

/** The inverse of `reviewJob(...).queue`. */
export function parseReviewQueue(queue: string): { kind: ReviewKind; entityId: string | null } {
  if (queue === 'topics') return { kind: 'topic', entityId: null };
  const [prefix, entityId] = queue.split(':') as [string, string];
  return { kind: prefix === 'posts' ? 'post' : 'message', entityId };
}

/** The fixed arguments of `reviewJobSql`, in its order: task, payload, key, attempts. */
export function reviewJobParams(
  kind: ReviewKind,
  entityId: string | null,
): [string, string, string | null, number] {
  return kind === 'post'
    ? evaluatePostsJob.params({ topicId: entityId! })
    : kind === 'message'
      ? evaluateMessagesJob.params({ conversationId: entityId! })
      : evaluateTopicsJob.params({});
}

/**
 * Makes sure the queue of `kind`/`entityId` has a waiting review job. `preserve_run_at` (for
 * submissions) leaves an existing waiting job's time alone, so a head waiting for its retry is
 * not hurried; `replace` (for the scheduler) sets the time it computed.
 */
export async function enqueueReview(
  execute: SqlExecutor,
  kind: ReviewKind,
  entityId: string | null,
  options: { runAt?: Date | string | null; mode?: 'preserve_run_at' | 'replace' } = {},
): Promise<void> {
  const mode = options.mode ?? 'preserve_run_at';
  await execute(
    `SELECT ${reviewJobSql(1, '$5', mode)} AS job`,
    ...reviewJobParams(kind, entityId),
    options.runAt ?? null,
  );
}

/**
 * The same as one SQL expression, for statements that enqueue in a CTE. Parameters $first to
 * $first+3 are the values of `reviewJobParams` (task, payload, key, attempts); `runAt` is an SQL
 * expression (NULL: now). The expression is the id of the job that will run.
 *
 * `add_job` with a key first detaches a running job from the key, then upserts a waiting job
 * unless that one is locked. A worker can lock the waiting job between those two statements (it
 * was free for the first, taken for the second): the call then adds nothing and returns NULL,
 * while the job it found may already have looked at the queue without the caller's row. A
 * second call detaches that job like any running one and adds a fresh job, so every enqueue
 * leaves a job that runs after the caller's transaction (docs/decisions.md, "Jobs and ordering").
 */
export function reviewJobSql(
  first: number,
  runAt: string,
  mode: 'preserve_run_at' | 'replace',
): string {
  // The three definitions differ only in the parameters (checked below), so any one builds it.
  const call = `(${evaluatePostsJob.sql(first, { runAt, keyMode: mode })}).id`;
  // A third call covers a second worker winning the same gap in the same instant.
  return `COALESCE(${call}, ${call}, ${call})`;
}

if (
  evaluateTopicsJob.priority !== evaluatePostsJob.priority ||
  evaluateMessagesJob.priority !== evaluatePostsJob.priority
) {
  throw new Error('reviewJobSql assumes the three evaluate tasks share one priority');
}
