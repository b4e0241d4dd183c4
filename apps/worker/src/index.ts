import { createAppOverlord } from '@overlord/core';
import { createDb } from '@overlord/db';
import { createOverlordMetrics, overlordConfigFromEnv } from '@overlord/overlord';
import { createRedis } from '@overlord/redis';
import * as promClient from 'prom-client';

import { loadWorkerEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { createWorker } from './runner.ts';

const env = loadWorkerEnv();
const log = createLogger(env.LOG_LEVEL);
const db = createDb({ url: env.DATABASE_URL, maxConnections: env.WORKER_DB_POOL_SIZE });
const redis = createRedis(env.REDIS_URL, 'worker');
const registry = new promClient.Registry();
const overlord = createAppOverlord({
  config: overlordConfigFromEnv(env),
  db,
  redis,
  cache: { ttlSeconds: env.OVERLORD_CACHE_TTL_SECONDS, threshold: env.OVERLORD_CACHE_SIMILARITY },
  metrics: createOverlordMetrics(promClient, registry),
  onCacheError: (err) => log.warn({ err }, 'semantic cache unavailable; calling the provider'),
  callsPerHour: env.MODEL_CALLS_PER_HOUR,
});
log.info({ judge: overlord.name }, 'overlord ready');
const worker = createWorker({
  env,
  deps: { db, redis, overlord },
  log,
  registry,
  reviewPolicy: {
    retryBaseSeconds: env.REVIEW_RETRY_BASE_SECONDS,
    retryMaxSeconds: env.REVIEW_RETRY_MAX_SECONDS,
    holdAfterSeconds: env.REVIEW_HOLD_AFTER_SECONDS,
  },
  // Stopped because it could no longer prove it is alive: exit so the platform restarts it.
  onFatal: () => process.exit(1),
});

await worker.start();

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    worker
      .stop()
      .then(() => Promise.allSettled([db.$disconnect(), redis.quit()]))
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  });
}
