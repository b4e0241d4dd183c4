import { createEnv } from '@t3-oss/env-core';
import { overlordEnvSchema } from '@overlord/overlord';
import { redisUrlWithPassword } from '@overlord/redis';
import { z } from 'zod';

export const workerEnvSchema = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  APP_ENV: z.enum(['development', 'test', 'staging', 'production']).default('development'),
  DATABASE_URL: z.url(),
  REDIS_URL: z.string().min(1),
  /** Redis's requirepass; folded into REDIS_URL (Render gives host:port and the secret apart). */
  REDIS_PASSWORD: z.string().min(1).optional(),
  /** Jobs run at once by this process (across different queues; each queue stays serial). */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  /** How often idle workers look for jobs; short, because a freed queue does not wake them. */
  WORKER_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(10_000).default(100),
  /** Port of the worker's health and metrics endpoint (0 = any free port). */
  WORKER_HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(4100),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // --- Review scheduling and connection pools (docs/decisions.md, "Jobs and ordering") ---
  /** Connections of the worker's own queries (claims, verdicts); no model call holds one. */
  WORKER_DB_POOL_SIZE: z.coerce.number().int().min(2).max(100).default(10),
  /** Connections graphile-worker uses to take and complete jobs (one stays on LISTEN). */
  WORKER_QUEUE_POOL_SIZE: z.coerce.number().int().min(2).max(100).default(4),
  /** First retry delay of a head whose evaluation failed; doubles per failure. */
  REVIEW_RETRY_BASE_SECONDS: z.coerce.number().min(0.05).max(600).default(2),
  REVIEW_RETRY_MAX_SECONDS: z.coerce.number().min(0.05).max(3_600).default(60),
  /** A head still failing this long after its first failure is held for moderators. */
  REVIEW_HOLD_AFTER_SECONDS: z.coerce.number().min(0).max(86_400).default(600),
  /** Model calls per hour across all instances (the api's screens included); 0: no cap. */
  MODEL_CALLS_PER_HOUR: z.coerce.number().int().min(0).default(3_000),
  // --- end of review scheduling ---
  /** Which judge and its providers, timeouts and cache (see @overlord/overlord env.ts). */
  ...overlordEnvSchema,
};

export function parseWorkerEnv(runtimeEnv: Record<string, string | undefined>) {
  const env = createEnv({ server: workerEnvSchema, runtimeEnv, emptyStringAsUndefined: true });
  return { ...env, REDIS_URL: redisUrlWithPassword(env.REDIS_URL, env.REDIS_PASSWORD) };
}

export type WorkerEnv = ReturnType<typeof parseWorkerEnv>;

/** The process's own environment; the only place the worker reads `process.env`. */
export const loadWorkerEnv = () => parseWorkerEnv(process.env);
