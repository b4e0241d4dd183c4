// Connection-pool use, for /metrics and the benchmarks: a model call holds no connection, so a
// worker's pools stay small whatever its concurrency (docs/decisions.md, "Jobs and ordering").
import type pg from 'pg';
import { Gauge, type Registry } from 'prom-client';

export interface PoolUse {
  max: number;
  peakInUse: number;
  peakWaiting: number;
}

/** Tracks the peak number of checked-out connections (and waiting requests) of named pools. */
export function createPoolMetrics(registry: Registry) {
  const pools = new Map<string, { pool: pg.Pool; use: PoolUse }>();
  const labels = ['pool'] as const;
  new Gauge({
    name: 'worker_db_pool_max',
    help: 'Connections a pool may open',
    labelNames: labels,
    registers: [registry],
    collect() {
      for (const [name, { use }] of pools) this.set({ pool: name }, use.max);
    },
  });
  new Gauge({
    name: 'worker_db_pool_in_use_peak',
    help: 'Most connections checked out at once since start',
    labelNames: labels,
    registers: [registry],
    collect() {
      for (const [name, { use }] of pools) this.set({ pool: name }, use.peakInUse);
    },
  });
  new Gauge({
    name: 'worker_db_pool_waiting_peak',
    help: 'Most requests waiting for a connection at once since start',
    labelNames: labels,
    registers: [registry],
    collect() {
      for (const [name, { use }] of pools) this.set({ pool: name }, use.peakWaiting);
    },
  });
  return {
    track(name: string, pool: pg.Pool, size: number) {
      const use: PoolUse = { max: size, peakInUse: 0, peakWaiting: 0 };
      pools.set(name, { pool, use });
      const sample = () => {
        use.peakInUse = Math.max(use.peakInUse, pool.totalCount - pool.idleCount);
        use.peakWaiting = Math.max(use.peakWaiting, pool.waitingCount);
      };
      pool.on('acquire', sample);
      pool.on('connect', sample);
    },
    snapshot: () => Object.fromEntries([...pools].map(([name, { use }]) => [name, { ...use }])),
  };
}
