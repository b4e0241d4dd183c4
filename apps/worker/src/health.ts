import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Db } from '@overlord/db';
import { pingRedis, type Redis } from '@overlord/redis';
import type { Registry } from 'prom-client';

/** Liveness, readiness and Prometheus metrics for the worker (it has no other HTTP surface). */
export function createHealthServer(opts: {
  db: Db;
  redis: Redis;
  registry: Registry;
  /** Which judge runs; readiness shows it so an offline opt-in is never silent. */
  judge: object;
  isRunning: () => boolean;
}) {
  const server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/healthz') {
        const ok = opts.isRunning();
        res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ status: ok ? 'ok' : 'stopped' }));
      }
      if (path === '/readyz') {
        const [database, redis] = await Promise.all([
          opts.db.$queryRaw`SELECT 1`.then(
            () => 'ok',
            () => 'unreachable',
          ),
          pingRedis(opts.redis).then((ok) => (ok ? 'ok' : 'unreachable')),
        ]);
        const ready = database === 'ok' && opts.isRunning();
        res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
        // Redis down degrades live updates only; the worker still writes verdicts.
        return res.end(JSON.stringify({ ready, checks: { database, redis }, judge: opts.judge }));
      }
      if (path === '/metrics') {
        res.writeHead(200, { 'content-type': opts.registry.contentType });
        return res.end(await opts.registry.metrics());
      }
      res.writeHead(404).end();
    })();
  });
  return {
    async listen(port: number): Promise<number> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '0.0.0.0', () => resolve());
      });
      return (server.address() as AddressInfo).port;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
