// Entry point: read env, connect, serve; SIGTERM/SIGINT drain and exit 0.
import { createAppOverlord } from '@overlord/core';
import { createDb } from '@overlord/db';
import { createOverlordMetrics, overlordConfigFromEnv } from '@overlord/overlord';
import { createRedis } from '@overlord/redis';
import * as promClient from 'prom-client';

import { loadApiEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { overlordRegistry } from './metrics.ts';
import { createApiServer } from './server.ts';

const env = loadApiEnv();
const log = createLogger(env.LOG_LEVEL);
const db = createDb({ url: env.DATABASE_URL, maxConnections: env.DATABASE_POOL_SIZE });
const redis = createRedis(env.REDIS_URL, 'api');
const overlord = createAppOverlord({
  config: overlordConfigFromEnv(env),
  db,
  redis,
  cache: { ttlSeconds: env.OVERLORD_CACHE_TTL_SECONDS, threshold: env.OVERLORD_CACHE_SIMILARITY },
  metrics: createOverlordMetrics(promClient, overlordRegistry),
  onCacheError: (err) => log.warn({ err }, 'semantic cache unavailable; calling the provider'),
  callsPerHour: env.MODEL_CALLS_PER_HOUR,
});
log.info({ judge: overlord.name }, 'overlord ready');
const limits = {
  post: env.SUBMISSION_LIMIT_POSTS,
  topic: env.SUBMISSION_LIMIT_TOPICS,
  message: env.SUBMISSION_LIMIT_MESSAGES,
};
const api = createApiServer({ env, deps: { db, redis, overlord, limits }, log });

await api.start();

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'draining');
    api
      .stop()
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
