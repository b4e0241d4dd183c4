// Entry point: read env, connect, serve; SIGTERM/SIGINT drain and exit 0.
import { createAppOverlord, createCostLedger } from '@overlord/core';
import { createDb } from '@overlord/db';
import { createOverlordMetrics, resolveJudge } from '@overlord/overlord';
import { createRedis } from '@overlord/redis';
import * as promClient from 'prom-client';

import { loadApiEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { overlordRegistry } from './metrics.ts';
import { createApiServer } from './server.ts';

const env = loadApiEnv();
const log = createLogger(env.LOG_LEVEL);
const judge = (() => {
  try {
    return resolveJudge(env);
  } catch (error) {
    // Before any connection: a deployment without its model must not serve verdicts.
    console.error(`api refuses to start: ${(error as Error).message}`);
    process.exit(1);
  }
})();
const overlordMetrics = createOverlordMetrics(promClient, overlordRegistry);
const db = createDb({ url: env.DATABASE_URL, maxConnections: env.DATABASE_POOL_SIZE });
const redis = createRedis(env.REDIS_URL, 'api');
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
const limits = {
  post: env.SUBMISSION_LIMIT_POSTS,
  topic: env.SUBMISSION_LIMIT_TOPICS,
  message: env.SUBMISSION_LIMIT_MESSAGES,
};
const api = createApiServer({
  env,
  deps: { db, redis, overlord, limits },
  log,
  judge: judge.status,
});

await api.start();

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'draining');
    api
      .stop()
      // The last calls' cost is written before the database connection closes.
      .then(() => costs.stop())
      .then(() => Promise.allSettled([db.$disconnect(), redis.quit()]))
      .then(() => {
        log.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  });
}
