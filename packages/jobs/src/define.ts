// What one job is, in one place: its task name, payload schema, key, key mode, attempts and
// priority (and, for periodic work, its schedule). Every enqueue goes through a definition, the
// SQL ones included, so none of these can drift between the api, core and the worker.
import { z } from 'zod';

/** Anything that can run one parameterised SQL statement: a Prisma transaction or a pg client. */
export type SqlExecutor = (sql: string, ...params: unknown[]) => Promise<unknown>;

/**
 * With a key: `preserve_run_at` keeps a waiting job's time, `replace` moves it to the new run
 * time. A job already running is never changed: a new one is added (graphile-worker).
 */
export type JobKeyMode = 'preserve_run_at' | 'replace';

/** Embeddings and other catch-up work yield to verdicts, which people are waiting for. */
export const BACKGROUND_PRIORITY = 10;

/** graphile-worker's own default; its retries cover infrastructure errors (database down). */
const DEFAULT_MAX_ATTEMPTS = 25;

/**
 * A periodic run (graphile-worker's crontab). A missed or failed run is covered by the next one,
 * so a schedule sets its own, smaller number of attempts.
 */
export interface JobSchedule<P> {
  /** minute hour day month weekday */
  pattern: string;
  payload?: P;
  maxAttempts: number;
  priority?: number;
}

export interface JobOptions<N extends string, S extends z.ZodType> {
  name: N;
  payload: S;
  /** The job key (de-duplicates: one waiting job per key). Absent: every enqueue adds a job. */
  key?: (payload: z.output<S>) => string;
  /** Default: graphile-worker's own, `replace`. */
  keyMode?: JobKeyMode;
  maxAttempts?: number;
  /** Lower runs first (graphile-worker's order). */
  priority?: number;
  schedule?: JobSchedule<z.input<S>>;
}

export interface EnqueueOptions {
  /**
   * When the job may run; graphile-worker takes jobs by (priority, run_at, id). A string is a
   * timestamptz literal, which keeps the microseconds a Date would drop. Absent: now.
   */
  runAt?: Date | string | null;
  keyMode?: JobKeyMode;
}

export interface SqlOptions {
  /** An SQL expression for the run time (NULL: now). */
  runAt?: string;
  keyMode?: JobKeyMode;
}

/** graphile-worker's job spec (its `addJob` and crontab options) for one enqueue. */
export interface JobSpec {
  jobKey?: string;
  jobKeyMode?: JobKeyMode;
  maxAttempts: number;
  priority: number;
}

export interface JobDefinition<N extends string = string, S extends z.ZodType = z.ZodType> {
  readonly name: N;
  readonly schema: S;
  readonly keyMode: JobKeyMode;
  readonly maxAttempts: number;
  readonly priority: number;
  readonly schedule: JobSchedule<z.input<S>> | undefined;
  /** The job key of a (parsed) payload; null when the job has none. */
  key(payload: z.output<S>): string | null;
  /** Parses a payload; throws a readable error that graphile-worker records on the job. */
  parse(payload: unknown): z.output<S>;
  /** The parsed payload and graphile-worker's options, for its `addJob`. */
  spec(payload: z.input<S>): { payload: z.output<S>; options: JobSpec };
  /** The parameters of `sql`, in its order: task, payload, key, attempts. */
  params(payload: z.input<S>): [string, string, string | null, number];
  /**
   * An SQL expression that adds the job (graphile-worker's `add_job`, a row of its `jobs`
   * view). Parameters $first to $first+3 are `params(payload)`; the priority is the
   * definition's own constant. Use it where the enqueue must be part of a larger statement.
   */
  sql(first: number, options?: SqlOptions): string;
  /**
   * Adds the job inside the caller's transaction, so the job exists if and only if the row it
   * is about was committed.
   */
  enqueue(execute: SqlExecutor, payload: z.input<S>, options?: EnqueueOptions): Promise<void>;
}

export function defineJob<const N extends string, S extends z.ZodType>(
  options: JobOptions<N, S>,
): JobDefinition<N, S> {
  const keyMode = options.keyMode ?? 'replace';
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const priority = options.priority ?? 0;
  const key = (payload: z.output<S>) => options.key?.(payload) ?? null;
  const parse = (payload: unknown): z.output<S> => {
    const result = options.payload.safeParse(payload);
    if (!result.success) {
      throw new Error(`Invalid payload for ${options.name}: ${z.prettifyError(result.error)}`);
    }
    return result.data;
  };
  const sql = (first: number, sqlOptions: SqlOptions = {}): string => {
    const p = (i: number) => `$${first + i}`;
    return `graphile_worker.add_job(${p(0)}::text, ${p(1)}::json, job_key => ${p(2)}::text,
      max_attempts => ${p(3)}::int, run_at => ${sqlOptions.runAt ?? 'NULL'}::timestamptz,
      priority => ${priority}, job_key_mode => '${sqlOptions.keyMode ?? keyMode}')`;
  };
  const definition: JobDefinition<N, S> = {
    name: options.name,
    schema: options.payload,
    keyMode,
    maxAttempts,
    priority,
    schedule: options.schedule,
    key,
    parse,
    spec(payload) {
      const parsed = parse(payload);
      const jobKey = key(parsed);
      return {
        payload: parsed,
        options:
          jobKey === null
            ? { maxAttempts, priority }
            : { jobKey, jobKeyMode: keyMode, maxAttempts, priority },
      };
    },
    params(payload) {
      const parsed = parse(payload);
      return [options.name, JSON.stringify(parsed), key(parsed), maxAttempts];
    },
    sql,
    async enqueue(execute, payload, enqueueOptions = {}) {
      await execute(
        `SELECT ${sql(1, { runAt: '$5', keyMode: enqueueOptions.keyMode })}`,
        ...definition.params(payload),
        enqueueOptions.runAt ?? null,
      );
    },
  };
  return definition;
}
