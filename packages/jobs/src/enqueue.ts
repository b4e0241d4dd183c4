import { type JobName, type JobPayload, jobPayloads } from './registry.ts';

/** Anything that can run one parameterised SQL statement: a Prisma transaction or a pg client. */
export type SqlExecutor = (sql: string, ...params: unknown[]) => Promise<unknown>;

export interface EnqueueOptions {
  queueName?: string;
  /**
   * Ordering key inside the queue. graphile-worker takes jobs by (priority, run_at, id), so using
   * the item's submission time keeps FIFO even if jobs are (re)added out of order. A string is
   * a timestamptz literal, which keeps the microseconds a Date would drop.
   */
  runAt?: Date | string;
  /** De-duplicates: adding the same key again keeps one job (idempotent enqueue). */
  jobKey?: string;
  maxAttempts?: number;
  /** Lower runs first (graphile-worker's order); background work uses BACKGROUND_PRIORITY. */
  priority?: number;
}

/** Embeddings and other catch-up work yield to verdicts, which people are waiting for. */
export const BACKGROUND_PRIORITY = 10;

/**
 * Adds a job with graphile-worker's SQL API inside the caller's transaction, so the job exists
 * if and only if the row it is about was committed.
 */
export async function enqueue<N extends JobName>(
  execute: SqlExecutor,
  name: N,
  payload: JobPayload<N>,
  options: EnqueueOptions = {},
): Promise<void> {
  const parsed = jobPayloads[name].parse(payload);
  await execute(
    `SELECT graphile_worker.add_job($1::text, $2::json, queue_name => $3::text, run_at => $4::timestamptz,
       max_attempts => $5::int, job_key => $6::text, job_key_mode => 'preserve_run_at',
       priority => $7::int)`,
    name,
    JSON.stringify(parsed),
    options.queueName ?? null,
    options.runAt ?? null,
    options.maxAttempts ?? 25,
    options.jobKey ?? null,
    options.priority ?? 0,
  );
}
