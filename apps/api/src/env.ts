import { forumSubmissionLimits, parseSubmissionLimit } from '@overlord/core';
import { createEnv } from '@t3-oss/env-core';
import { overlordEnvSchema } from '@overlord/overlord';
import { redisUrlWithPassword } from '@overlord/redis';
import { z } from 'zod';

const commaList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter(Boolean),
  )
  .pipe(z.array(z.url()).min(1, 'CORS_ORIGINS needs at least one web origin.'));

/** Request limits, live-connection caps and operational access (docs/decisions.md "API"). */
export const apiLimitsEnvSchema = {
  /** `Authorization: Bearer <token>` opens /metrics and readiness details; unset: /metrics is off. */
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN needs at least 16 characters.').optional(),
  /** Largest request body read; bigger ones get 413 before they are parsed. */
  API_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1_024)
    .default(256 * 1024),
  /** Most procedures in one batched request; more get 413. */
  API_MAX_BATCH_SIZE: z.coerce.number().int().min(1).max(100).default(20),
  /** Open live streams (SSE) per signed-in citizen, per api instance. */
  LIVE_MAX_PER_USER: z.coerce.number().int().min(1).default(8),
  /** Open live streams per client IP, per api instance. */
  LIVE_MAX_PER_IP: z.coerce.number().int().min(1).default(32),
  /** Distinct Redis streams one api instance follows at once. */
  LIVE_MAX_STREAMS: z.coerce.number().int().min(1).default(2_000),
  /** Seconds between heartbeats on an idle live stream, so proxies keep it open. */
  LIVE_HEARTBEAT_SECONDS: z.coerce.number().min(0.05).max(300).default(20),
  /** Set to `true` by Render itself: the client IP is the first X-Forwarded-For hop. */
  RENDER: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
};

const submissionLimit = z.string().transform((value, ctx) => {
  try {
    return parseSubmissionLimit(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

export const apiEnvSchema = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Which deployment this is; staging and production both run NODE_ENV=production. */
  APP_ENV: z.enum(['development', 'test', 'staging', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.url(),
  REDIS_URL: z.string().min(1),
  /** Redis's requirepass; folded into REDIS_URL (Render gives host:port and the secret apart). */
  REDIS_PASSWORD: z.string().min(1).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Web origins allowed to call the api from a browser (comma-separated). */
  CORS_ORIGINS: commaList,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Seconds SIGTERM waits for in-flight requests before closing them. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(120).default(10),
  /** Milliseconds SIGTERM keeps listening (readiness 503) before closing the listener. */
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(30_000).default(1_000),
  // --- Submission limits and the model-call cap (docs/decisions.md, "Jobs and ordering") ---
  /** Per citizen, "count/seconds" or "off"; a sanction's own rate limit stacks on top. */
  SUBMISSION_LIMIT_POSTS: submissionLimit.default(forumSubmissionLimits.post),
  SUBMISSION_LIMIT_TOPICS: submissionLimit.default(forumSubmissionLimits.topic),
  SUBMISSION_LIMIT_MESSAGES: submissionLimit.default(forumSubmissionLimits.message),
  /** Model calls per hour across all instances (screens included); 0: no cap. */
  MODEL_CALLS_PER_HOUR: z.coerce.number().int().min(0).default(3_000),
  // --- end of limits ---
  /** Which judge and its providers, timeouts and cache (see @overlord/overlord env.ts). */
  ...overlordEnvSchema,
  ...apiLimitsEnvSchema,
};

export type ApiEnv = ReturnType<typeof parseApiEnv>;

/** Session cookies are Secure (and `__Secure-` prefixed) everywhere but local development and tests. */
export const secureCookies = (appEnv: ApiEnv['APP_ENV']) =>
  appEnv === 'staging' || appEnv === 'production';

export function parseApiEnv(runtimeEnv: Record<string, string | undefined>) {
  const env = createEnv({ server: apiEnvSchema, runtimeEnv, emptyStringAsUndefined: true });
  if (runtimeEnv.DEV_IDENTITY_USERNAME) {
    throw new Error(
      'DEV_IDENTITY_USERNAME is gone: sign in through the web app (development sign-in, AUTH_DEV_SIGN_IN=true).',
    );
  }
  return { ...env, REDIS_URL: redisUrlWithPassword(env.REDIS_URL, env.REDIS_PASSWORD) };
}

/** The process's own environment; the only place the api reads `process.env`. */
export const loadApiEnv = () => parseApiEnv(process.env);
