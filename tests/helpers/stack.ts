// Starts the real api (HTTP) and worker (graphile-worker) in-process against a test database.
import { createApiServer } from '@overlord/api/server';
import type { Deps } from '@overlord/core';
import type { Db } from '@overlord/db';
import { createOfflineOverlord } from '@overlord/overlord';
import { createRedis } from '@overlord/redis';
import { createOverlordClient } from '@overlord/trpc/client';
import { createWorker } from '@overlord/worker/runner';
import { pino } from 'pino';
import { inject } from 'vitest';

import './provided.ts';

export interface TestStack {
  apiUrl: string;
  deps: Deps;
  /** A typed client, exactly as an outside program would build it. */
  client(headers?: Record<string, string>): ReturnType<typeof createOverlordClient>;
  stop(): Promise<void>;
}

export interface TestStackOptions {
  db: Db;
  databaseUrl: string;
  apiPort?: number;
  corsOrigins?: string[];
  devIdentity?: string | undefined;
  worker?: boolean;
}

export async function startTestStack(opts: TestStackOptions): Promise<TestStack> {
  const log = pino({ level: process.env.TEST_VERBOSE ? 'debug' : 'silent' });
  const redis = createRedis(inject('redisUrl'), 'test');
  const deps: Deps = { db: opts.db, redis, overlord: createOfflineOverlord() };
  const api = createApiServer({
    env: {
      CORS_ORIGINS: opts.corsOrigins ?? ['http://localhost:3000'],
      DEV_IDENTITY_USERNAME: 'devIdentity' in opts ? opts.devIdentity : 'citizen_vera',
      HOST: '127.0.0.1',
      PORT: opts.apiPort ?? 0,
      SHUTDOWN_GRACE_SECONDS: 2,
      SHUTDOWN_DELAY_MS: 0,
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
        });
  await worker?.start();
  const apiUrl = `http://127.0.0.1:${port}`;
  return {
    apiUrl,
    deps,
    client: (headers = {}) => createOverlordClient({ url: apiUrl, headers: () => headers }),
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
