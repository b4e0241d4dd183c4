// Starts the real api (HTTP) and worker (graphile-worker) in-process against a test database.
import { randomBytes } from 'node:crypto';

import type { ApiEnv } from '@overlord/api/env';
import { createApiServer } from '@overlord/api/server';
import {
  createAppOverlord,
  type Deps,
  type ReviewPolicy,
  sessionCookieName,
  type SubmissionLimits,
} from '@overlord/core';
import type { Db } from '@overlord/db';
import { seed } from '@overlord/db/seed';
import { createOverlordMetrics, overlordConfigFromEnv, type OverlordEnv } from '@overlord/overlord';
import { createRedis } from '@overlord/redis';
import { createOverlordClient } from '@overlord/trpc/client';
import { EventSource } from 'eventsource';
import { createWorker } from '@overlord/worker/runner';
import { pino } from 'pino';
import * as promClient from 'prom-client';
import { inject } from 'vitest';

import { createTestDatabase, type TestDatabase } from './database.ts';
import './provided.ts';

export interface TestStack {
  apiUrl: string;
  deps: Deps;
  /** The worker's /metrics registry, Overlord counters included. */
  registry: promClient.Registry;
  /** A typed client, exactly as an outside program would build it. */
  client(headers?: Record<string, string>): ReturnType<typeof createOverlordClient>;
  /**
   * Signs a user in the way next-auth does (a row in `sessions`) and returns a client that
   * sends its cookie, plus the cookie header and token.
   */
  signIn(username: string): Promise<SignedIn>;
  stop(): Promise<void>;
}

export interface SignedIn {
  client: ReturnType<typeof createOverlordClient>;
  cookie: string;
  token: string;
  userId: string;
}

export interface TestStackOptions {
  db: Db;
  databaseUrl: string;
  apiPort?: number;
  corsOrigins?: string[];
  worker?: boolean;
  /** A Redis of the test's own (e.g. one it stops and restarts); default: the run's Redis. */
  redisUrl?: string;
  /** The Overlord's env vars, as the apps read them (default: the offline judge). */
  overlordEnv?: Partial<OverlordEnv>;
  /** The api's limits and operator settings (METRICS_TOKEN, LIVE_MAX_*, …); default: env defaults. */
  apiEnv?: Partial<ApiEnv>;
  /** Retry and hold bounds of failing queue heads (default: the worker's defaults). */
  reviewPolicy?: ReviewPolicy;
  /** Per-citizen submission limits (default: none, so load tests can submit freely). */
  limits?: SubmissionLimits;
}

export async function startTestStack(opts: TestStackOptions): Promise<TestStack> {
  const log = pino({ level: process.env.TEST_VERBOSE ? 'debug' : 'silent' });
  const redis = createRedis(opts.redisUrl ?? inject('redisUrl'), 'test');
  const registry = new promClient.Registry();
  // Built exactly as apps/*/src/index.ts build it, from the same env variables.
  const overlord = createAppOverlord({
    config: overlordConfigFromEnv(opts.overlordEnv ?? {}),
    db: opts.db,
    redis,
    cache: {
      ttlSeconds: opts.overlordEnv?.OVERLORD_CACHE_TTL_SECONDS ?? 3_600,
      threshold: opts.overlordEnv?.OVERLORD_CACHE_SIMILARITY ?? 0.95,
    },
    metrics: createOverlordMetrics(promClient, registry),
  });
  const deps: Deps = { db: opts.db, redis, overlord, limits: opts.limits };
  const api = createApiServer({
    env: {
      CORS_ORIGINS: opts.corsOrigins ?? ['http://localhost:3000'],
      APP_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: opts.apiPort ?? 0,
      SHUTDOWN_GRACE_SECONDS: 2,
      SHUTDOWN_DELAY_MS: 0,
      ...opts.apiEnv,
    },
    deps,
    log,
  });
  const { port } = await api.start();
  const worker =
    opts.worker === false
      ? null
      : createWorker({
          env: {
            DATABASE_URL: opts.databaseUrl,
            WORKER_CONCURRENCY: 4,
            WORKER_POLL_INTERVAL_MS: 50,
            WORKER_HEALTH_PORT: 0,
          },
          deps,
          log,
          withCrontab: false,
          registry,
          ...(opts.reviewPolicy ? { reviewPolicy: opts.reviewPolicy } : {}),
        });
  await worker?.start();
  const apiUrl = `http://127.0.0.1:${port}`;
  return {
    apiUrl,
    deps,
    registry,
    client: (headers = {}) =>
      createOverlordClient({ url: apiUrl, headers: () => headers, EventSource }),
    async signIn(username) {
      const user = await opts.db.user.findUniqueOrThrow({
        where: { username },
        select: { id: true },
      });
      const token = randomBytes(32).toString('hex');
      await opts.db.session.create({
        data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 86_400_000) },
      });
      const cookie = `${sessionCookieName(false)}=${token}`;
      return {
        client: createOverlordClient({ url: apiUrl, headers: () => ({ cookie }), EventSource }),
        cookie,
        token,
        userId: user.id,
      };
    },
    async stop() {
      await worker?.stop();
      await api.stop();
      redis.disconnect();
    },
  };
}

/** Polls until `check` returns a value (not undefined/false) or the timeout passes. */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 5_000,
  stepMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

/** 'ok', or the tRPC error code the call failed with (BAD_REQUEST, FORBIDDEN, …). */
export function outcomeOf(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => 'ok',
    (e: { data?: { code?: string } }) => e.data?.code ?? String(e),
  );
}

/** Submits a statement as `who` and waits for the worker's verdict on it. */
export async function judgedPost(who: SignedIn, topicId: string, body: string) {
  const { id } = await who.client.posts.submit.mutate({ topicId, body });
  return waitFor(async () => {
    const status = await who.client.posts.status.query({ id });
    return status.status !== 'pending' && status;
  }, 15_000);
}

/**
 * Waits until the worker has judged everything pending (the seed leaves a few items for it), so
 * a test that compares scores or counts is not overtaken by those verdicts.
 */
export async function drainPending(db: Db, timeoutMs = 30_000): Promise<void> {
  await waitFor(
    async () =>
      (await db.post.count({ where: { status: 'pending' } })) +
        (await db.topic.count({ where: { status: 'pending' } })) +
        (await db.privateMessage.count({ where: { status: 'pending' } })) ===
      0,
    timeoutMs,
  );
}

/** A cloned, seeded database and the api (and worker) on it: most e2e files start this way. */
export async function startSeededStack(
  opts: { worker?: boolean } = {},
): Promise<{ database: TestDatabase; stack: TestStack }> {
  const database = await createTestDatabase();
  await seed(database.db);
  const stack = await startTestStack({
    db: database.db,
    databaseUrl: database.url,
    ...(opts.worker === false ? { worker: false } : {}),
  });
  return { database, stack };
}
