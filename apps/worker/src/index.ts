import { createAppOverlord, createCostLedger } from '@overlord/core';
import { createDb } from '@overlord/db';
import { createOverlordMetrics, resolveJudge } from '@overlord/overlord';
import { createRedis } from '@overlord/redis';
import * as promClient from 'prom-client';

import { loadWorkerEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { createWorker } from './runner.ts';

const env = loadWorkerEnv();
const log = createLogger(env.LOG_LEVEL);
const judge = (() => {
  try {
    return resolveJudge(env);
  } catch (error) {
    // Before any connection: a deployment without its model must not decide verdicts.
    console.error(`worker refuses to start: ${(error as Error).message}`);
    process.exit(1);
  }
})();
const db = createDb({ url: env.DATABASE_URL, maxConnections: env.WORKER_DB_POOL_SIZE });

const redis = createRedis(env.REDIS_URL, 'worker');
const registry = new promClient.Registry();
const overlordMetrics = createOverlordMetrics(promClient, registry);
const costs = createCostLedger({
  db,
  onError: (err) => log.warn({ err }, 'provider cost not saved yet; retrying at the next flush'),
});
const overlord = createAppOverlord({
  config: judge.config,
  db,
  redis,
  cache: { ttlSeconds: env.OVERLORD_CACHE_TTL_SECONDS, threshold: env.OVERLORD_CACHE_SIMILARITY },
  metrics: overlordMetrics,
  costs,
  onCacheError: (err) => log.warn({ err }, 'semantic cache unavailable; calling the provider'),
  callsPerHour: env.MODEL_CALLS_PER_HOUR,
});
overlordMetrics.judge(overlord.name, judge.status);
if (judge.status.offlineOptIn)
  log.warn(
    { judge: overlord.name },
    'OVERLORD_ALLOW_OFFLINE: the offline judge runs instead of a model',
  );
log.info({ judge: overlord.name, ...judge.status }, 'overlord ready');
const worker = createWorker({
  env,
  deps: { db, redis, overlord },
  log,
  registry,
  judge: { name: overlord.name, ...judge.status },
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
      // The last calls' cost is written before the database connection closes.
      .then(() => costs.stop())
      .then(() => Promise.allSettled([db.$disconnect(), redis.quit()]))
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  });
}
