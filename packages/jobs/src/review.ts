// Enqueueing a review queue's job: the one call site shape for submissions, the scheduler's own
// re-queue and the recovery sweeps, so task name, key and attempts come from the registry.
import type { SqlExecutor } from './enqueue.ts';
import { type ReviewKind, reviewJob } from './registry.ts';

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
    `SELECT ${reviewJobSql(1, '$5::timestamptz', mode)} AS job`,
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
  const p = (i: number) => `$${first + i}`;
  const call = `(graphile_worker.add_job(${p(0)}::text, ${p(1)}::json, job_key => ${p(2)}::text,
    max_attempts => ${p(3)}::int, run_at => ${runAt}, job_key_mode => '${mode}')).id`;
  // A third call covers a second worker winning the same gap in the same instant.
  return `COALESCE(${call}, ${call}, ${call})`;
}

/** The fixed arguments of `reviewJobSql`, in its order. */
export function reviewJobParams(kind: ReviewKind, entityId: string | null): unknown[] {
  const job = reviewJob(kind, entityId);
  return [job.task, JSON.stringify(job.payload), job.jobKey, job.maxAttempts];
}
