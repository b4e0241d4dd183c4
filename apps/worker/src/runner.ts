// Starts graphile-worker with our task list and crontab, plus the health endpoint.
import { EventEmitter } from 'node:events';

import { type Deps, defaultReviewPolicy, type ReviewPolicy } from '@overlord/core';
import { sqlPool } from '@overlord/db';
import {
  awardBadgesJob,
  type Job,
  rebuildLeaderboardJob,
  recoverPendingJob,
  reembedContentJob,
} from '@overlord/jobs';
import type { JudgeStatus } from '@overlord/overlord';
import { type Runner, run, type WorkerEvents } from 'graphile-worker';
import pg from 'pg';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

import { crontab } from './crontab.ts';
import type { WorkerEnv } from './env.ts';
import { createHealthServer } from './health.ts';
import { createLiveness, type Liveness } from './liveness.ts';
import { graphileLogger, type Logger } from './logger.ts';
import { createPoolMetrics } from './pool-metrics.ts';
import { createTaskList } from './tasks/index.ts';

export interface WorkerOptions {
  env: Pick<
    WorkerEnv,
    'DATABASE_URL' | 'WORKER_CONCURRENCY' | 'WORKER_POLL_INTERVAL_MS' | 'WORKER_HEALTH_PORT'
  > &
    Partial<Pick<WorkerEnv, 'WORKER_QUEUE_POOL_SIZE'>>;
  /** Retry and hold bounds of failing heads (defaults: defaultReviewPolicy). */
  reviewPolicy?: ReviewPolicy;
  deps: Deps;
  log: Logger;
  /** Tests run without the cron schedule. */
  withCrontab?: boolean;
  /** Where /metrics reads from; pass one to add metrics of your own (e.g. the Overlord's). */
  registry?: Registry;
  /**
   * Called after the worker stopped itself because it can no longer prove it is alive (its
   * liveness connection failed): the process should exit and be restarted.
   */
  onFatal?: (error: Error) => void;
  /** Which judge runs (name, provider, offline opt-in); shown by /readyz. */
  judge?: { name: string } & Partial<JudgeStatus>;
}

export function createWorker({
  env,
  deps,
  log,
  withCrontab = true,
  registry = new Registry(),
  onFatal,
  judge = { name: deps.overlord.name },
  reviewPolicy = defaultReviewPolicy,
}: WorkerOptions) {
  collectDefaultMetrics({ register: registry });
  const jobs = new Counter({
    name: 'worker_jobs_total',
    help: 'Jobs finished by task and outcome',
    labelNames: ['task', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'worker_job_duration_seconds',
    help: 'Job run time by task',
    labelNames: ['task'] as const,
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30],
    registers: [registry],
  });

  const poolMetrics = createPoolMetrics(registry);
  let runner: Runner | null = null;
  let pgPool: pg.Pool | null = null;
  let liveness: Liveness | null = null;
  const health = createHealthServer({
    db: deps.db,
    redis: deps.redis,
    registry,
    judge,
    isRunning: () => runner !== null,
  });

  const worker = {
    async start(): Promise<{ healthPort: number }> {
      // Our own pool, so it keeps an error handler for its whole life and stop() can await
      // its end: graphile-worker's pool drops its handler on release, and a connection cut
      // during shutdown would otherwise crash the process.
      // Small, whatever the concurrency: graphile-worker holds a connection only to take or
      // complete a job (plus one for LISTEN), never while a task runs.
      const queuePoolSize = env.WORKER_QUEUE_POOL_SIZE ?? 4;
      pgPool = new pg.Pool({ connectionString: env.DATABASE_URL, max: queuePoolSize });
      poolMetrics.track('queue', pgPool, queuePoolSize);
      const appPool = sqlPool(deps.db);
      poolMetrics.track('app', appPool, appPool.options.max);
      pgPool.on('error', (err) => log.warn({ err }, 'idle database connection failed'));
      // Errors on checked-out clients surface through their queries; the listener keeps them
      // from crashing the process meanwhile.
      pgPool.on('connect', (client) =>
        client.on('error', (err) => log.warn({ err }, 'database connection failed')),
      );
      // Other processes reclaim this one's jobs only once its locks are gone (it died); its
      // own start-up reclaims what earlier, killed processes left locked.
      const alive = createLiveness({
        connectionString: env.DATABASE_URL,
        pool: pgPool,
        log,
        onLost: (error) => {
          // Others may now take over its jobs: finish what runs and take no more.
          void worker.stop().finally(() => onFatal?.(error));
        },
      });
      liveness = alive;
      await alive.start();
      const events: WorkerEvents = new EventEmitter();
      events.on('pool:create', ({ workerPool }) => alive.hold(workerPool.id));
      runner = await run({
        pgPool,
        events,
        concurrency: env.WORKER_CONCURRENCY,
        pollInterval: env.WORKER_POLL_INTERVAL_MS,
        // A small pool serves a high concurrency: completions and failures made at the same
        // moment go to the database as one statement, and jobs are fetched a batch at a time.
        // (A job completed but not yet written stays locked a moment longer; after a crash it
        // runs again, which the scheduler's idempotent steps make harmless.)
        preset: {
          worker: {
            completeJobBatchDelay: 0,
            failJobBatchDelay: 0,
            localQueue: { size: env.WORKER_CONCURRENCY },
          },
        },
        taskList: createTaskList(deps, reviewPolicy),
        ...(withCrontab ? { crontab } : {}),
        noHandleSignals: true,
        logger: graphileLogger(log),
      });
      await alive.ready();
      alive.startSweeping();
      const started = new Map<string, bigint>();
      runner.events.on('job:start', ({ job }) => started.set(job.id, process.hrtime.bigint()));
      const finish = (task: string, id: string, outcome: string) => {
        const t0 = started.get(id);
        started.delete(id);
        jobs.inc({ task, outcome });
        if (t0) duration.observe({ task }, Number(process.hrtime.bigint() - t0) / 1e9);
      };
      runner.events.on('job:success', ({ job }) => finish(job.task_identifier, job.id, 'success'));
      runner.events.on('job:error', ({ job, error }) => {
        finish(job.task_identifier, job.id, 'error');
        log.warn(
          { err: error, jobId: job.id, task: job.task_identifier, attempts: job.attempts },
          'job failed; will retry',
        );
      });
      const addStartupJob = async (
        job: Job<'recover-pending' | 'reembed-content' | 'rebuild-leaderboard' | 'award-badges'>,
      ) => {
        const { payload, options } = job.spec({});
        await runner!.addJob(job.name, payload, options);
      };
      // Catch up on anything left pending while no worker ran.
      await addStartupJob(recoverPendingJob);
      // Embeds whatever lacks a vector from the current embedding model (provider change).
      await addStartupJob(reembedContentJob);
      // Ranks come from the Redis mirror; a fresh or flushed Redis gets it back at once.
      await addStartupJob(rebuildLeaderboardJob);
      // Badges for everyone: covers verdicts made while no worker ran and catalogue changes.
      await addStartupJob(awardBadgesJob);
      const healthPort = await health.listen(env.WORKER_HEALTH_PORT);
      log.info({ healthPort, concurrency: env.WORKER_CONCURRENCY }, 'worker started');
      return { healthPort };
    },
    /** Finishes running jobs (graphile-worker's graceful stop), then closes the endpoint. */
    /** Pool sizes and peak use since start (the benchmarks print them). */
    poolUse: () => poolMetrics.snapshot(),
    async stop(): Promise<void> {
      const current = runner;
      runner = null;
      await current?.stop();
      await liveness?.stop();
      liveness = null;
      await pgPool?.end();
      pgPool = null;
      await health.close();
    },
  };
  return worker;
}

export type Worker = ReturnType<typeof createWorker>;
