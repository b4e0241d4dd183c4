import { createDb } from '@overlord/db';
import { createOfflineOverlord } from '@overlord/overlord';
import { createRedis } from '@overlord/redis';

import { loadWorkerEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { createWorker } from './runner.ts';

const env = loadWorkerEnv();
const log = createLogger(env.LOG_LEVEL);
const db = createDb({ url: env.DATABASE_URL, maxConnections: env.WORKER_CONCURRENCY + 2 });
const redis = createRedis(env.REDIS_URL, 'worker');
const worker = createWorker({ env, deps: { db, redis, overlord: createOfflineOverlord() }, log });

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
