// Enqueueing a review queue's job: the one call site shape for submissions, the scheduler's own
// re-queue and the recovery sweeps, so task name, key and attempts come from the registry.
import { enqueue, type SqlExecutor } from './enqueue.ts';
import { type JobName, type ReviewKind, reviewJob } from './registry.ts';

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
  const job = reviewJob(kind, entityId);
  await enqueue(execute, job.task as JobName, job.payload as never, {
    jobKey: job.jobKey,
    jobKeyMode: options.mode ?? 'preserve_run_at',
    maxAttempts: job.maxAttempts,
    ...(options.runAt ? { runAt: options.runAt } : {}),
  });
}

/**
 * The same as one SQL expression, for statements that enqueue in a CTE. Parameters $first to
 * $first+3 are the values of `reviewJobParams` (task, payload, key, attempts); `runAt` is an SQL
 * expression.
 */
export function reviewJobSql(
  first: number,
  runAt: string,
  mode: 'preserve_run_at' | 'replace',
): string {
  const p = (i: number) => `$${first + i}`;
  return `graphile_worker.add_job(${p(0)}::text, ${p(1)}::json, job_key => ${p(2)}::text,
    max_attempts => ${p(3)}::int, run_at => ${runAt}, job_key_mode => '${mode}')`;
}

/** The fixed arguments of `reviewJobSql`, in its order. */
export function reviewJobParams(kind: ReviewKind, entityId: string | null): unknown[] {
  const job = reviewJob(kind, entityId);
  return [job.task, JSON.stringify(job.payload), job.jobKey, job.maxAttempts];
}
