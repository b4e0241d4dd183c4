// Benchmarks run against their own PostgreSQL and Redis (under .local/bench, own ports), so
// they never touch dev data and need nothing running beforehand.
import { join, resolve } from 'node:path';

import { migrate } from '@overlord/db/migrate';
import { runJobMigrations } from '@overlord/jobs';

import {
  dropDatabase,
  ensureDatabase,
  ensureSystemDeps,
  startPostgres,
  startRedis,
} from '../scripts/stack/index.ts';

const root = resolve(import.meta.dirname, '..');

export interface BenchStack {
  databaseUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

export async function startBenchStack(database: string): Promise<BenchStack> {
  await ensureSystemDeps({ log: (l) => console.log(l) });
  const pg = await startPostgres({
    dataDir: join(root, '.local/bench/postgres'),
    port: Number(process.env.BENCH_PG_PORT || 25490),
    log: () => {},
    durable: false,
  });
  const redis = await startRedis({
    dataDir: join(root, '.local/bench/redis'),
    port: Number(process.env.BENCH_REDIS_PORT || 63860),
    log: () => {},
    persistent: false,
  });
  await dropDatabase(pg.adminUrl, database);
  await ensureDatabase(pg.adminUrl, database);
  const databaseUrl = pg.urlFor(database);
  await migrate(databaseUrl);
  await runJobMigrations(databaseUrl);
  return {
    databaseUrl,
    redisUrl: redis.url,
    async stop() {
      await redis.stop();
      await pg.stop();
    },
  };
}

export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { n: sorted.length, p50: at(50), p90: at(90), p99: at(99), max: sorted.at(-1)! };
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;
