// The worker's health endpoint: while it drains (stop() started, jobs finishing) both liveness
// and readiness answer 503, so nothing mistakes a stopping worker for a healthy one.
import { createRedis, type Redis } from '@overlord/redis';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import '../../../tests/helpers/provided.ts';

import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/database.ts';
import { createHealthServer } from '../src/health.ts';

let database: TestDatabase;
let redis: Redis;

beforeAll(async () => {
  database = await createTestDatabase();
  redis = createRedis(inject('redisUrl'), 'worker-health-test');
});
afterAll(async () => {
  redis?.disconnect();
  await database?.drop();
});

describe('worker health endpoint', () => {
  it('answers 200 while running and 503 on both paths once draining', async () => {
    let running = true;
    const health = createHealthServer({
      db: database.db,
      redis,
      registry: new Registry(),
      judge: { name: 'offline-v1', provider: 'offline', offlineOptIn: false },
      isRunning: () => running,
    });
    const port = await health.listen(0);
    try {
      const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`);
      expect((await get('/healthz')).status).toBe(200);
      const ready = await get('/readyz');
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({
        ready: true,
        checks: { redis: 'ok' },
        judge: { name: 'offline-v1', offlineOptIn: false },
      });

      running = false; // what stop() does first
      const [live, notReady] = await Promise.all([get('/healthz'), get('/readyz')]);
      expect(live.status).toBe(503);
      expect(await live.json()).toEqual({ status: 'stopped' });
      expect(notReady.status).toBe(503);
    } finally {
      await health.close();
    }
  });
});
