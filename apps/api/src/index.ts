// Entry point: read env, connect, serve; SIGTERM/SIGINT drain and exit 0.
import { createDb } from '@overlord/db';
import { createOfflineOverlord } from '@overlord/overlord';
import { createRedis } from '@overlord/redis';

import { loadApiEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { createApiServer } from './server.ts';

const env = loadApiEnv();
const log = createLogger(env.LOG_LEVEL);
const db = createDb({ url: env.DATABASE_URL, maxConnections: env.DATABASE_POOL_SIZE });
const redis = createRedis(env.REDIS_URL, 'api');
const api = createApiServer({ env, deps: { db, redis, overlord: createOfflineOverlord() }, log });

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
