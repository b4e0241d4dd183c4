import { type JobName, type JobPayload, jobPayloads } from './registry.ts';

/** Anything that can run one parameterised SQL statement: a Prisma transaction or a pg client. */
export type SqlExecutor = (sql: string, ...params: unknown[]) => Promise<unknown>;

export interface EnqueueOptions {
  /**
   * When the job may run; graphile-worker takes jobs by (priority, run_at, id). A string is a
   * timestamptz literal, which keeps the microseconds a Date would drop.
   */
  runAt?: Date | string;
  /** De-duplicates: adding the same key again keeps one waiting job (idempotent enqueue). */
  jobKey?: string;
  /**
   * With a key: `preserve_run_at` (default) keeps a waiting job's time, `replace` moves it to
   * `runAt`. A job already running is never changed: a new one is added (graphile-worker).
   */
  jobKeyMode?: 'preserve_run_at' | 'replace';
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
    `SELECT graphile_worker.add_job($1::text, $2::json, run_at => $3::timestamptz,
       max_attempts => $4::int, job_key => $5::text, job_key_mode => $6::text,
       priority => $7::int)`,
    name,
    JSON.stringify(parsed),
    options.runAt ?? null,
    options.maxAttempts ?? 25,
    options.jobKey ?? null,
    options.jobKeyMode ?? 'preserve_run_at',
    options.priority ?? 0,
  );
}
