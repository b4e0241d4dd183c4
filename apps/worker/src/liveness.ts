// Reclaims the jobs of worker processes that died without stopping (SIGKILL, out of memory, a
// lost host). graphile-worker frees such a job only after 4 hours, and until then the review
// queue whose head it held (a topic, a conversation, all proposals) stands still. Each worker
// pool here holds a
// session-level advisory lock named after its pool id on a connection of its own; Postgres
// drops the lock when the process dies, so "lock free" means "worker gone", with no heartbeat
// to tune. A sweep unlocks the jobs of every pool whose lock is free, then re-queues any review
// queue whose head is held by a job that no longer runs.
import { requeueAbandonedClaims } from '@overlord/core';
import { lockingWorkersSql, unlockWorkersSql } from '@overlord/jobs';
import pg from 'pg';

import type { Logger } from './logger.ts';

/** First key of the two-key advisory lock space, so pool locks never meet other locks. */
const LOCK_CLASS = 0x4f564c57;

export interface LivenessOptions {
  connectionString: string;
  /** Runs the sweep queries (the worker's own pool). */
  pool: pg.Pool;
  log: Logger;
  /** Called when this process's locks are lost (its connection failed): stop taking jobs. */
  onLost: (error: Error) => void;
  sweepIntervalMs?: number;
  /**
   * Locks younger than this are left alone: a pool just created may take its first job a
   * moment before its own liveness lock is in place.
   */
  graceSeconds?: number;
}

export function createLiveness({
  connectionString,
  pool,
  log,
  onLost,
  sweepIntervalMs = 10_000,
  graceSeconds = 2,
}: LivenessOptions) {
  const own = new Set<string>();
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopping = false;
  let held: Promise<unknown> = Promise.resolve();

  async function sweep(): Promise<string[]> {
    const db = await pool.connect();
    try {
      await db.query('BEGIN');
      // Transaction-scoped try-locks: taken only if no live process holds the pool's lock.
      const { rows } = await db.query<{ id: string }>(
        `SELECT id FROM (${lockingWorkersSql(2)}) candidates
         WHERE id <> ALL($1::text[]) AND pg_try_advisory_xact_lock($3, hashtext(id))`,
        [[...own], graceSeconds, LOCK_CLASS],
      );
      const dead = rows.map((r) => r.id);
      if (dead.length > 0) {
        await db.query(unlockWorkersSql(1), [dead]);
      }
      await db.query('COMMIT');
      if (dead.length > 0) log.warn({ workers: dead }, 'reclaimed jobs of stopped workers');
      // A freed job retries and takes its claim back; one that cannot (no attempts left) is
      // replaced here, so the queue it held moves on in seconds, not at the next recovery.
      const requeued = await requeueAbandonedClaims((sql, params) => db.query(sql, params));
      if (requeued > 0) log.warn({ queues: requeued }, 're-queued review queues of stopped jobs');
      return dead;
    } catch (error) {
      await db.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      db.release();
    }
  }

  return {
    async start(): Promise<void> {
      client = new pg.Client({ connectionString });
      client.on('error', (error) => {
        if (stopping) return;
        log.error({ err: error }, 'liveness connection lost; stopping this worker');
        onLost(error);
      });
      await client.connect();
    },
    /** Marks `poolId` as alive for as long as this process is. */
    hold(poolId: string): void {
      own.add(poolId);
      const c = client;
      if (!c) throw new Error('liveness not started');
      held = c
        .query('SELECT pg_advisory_lock($1, hashtext($2))', [LOCK_CLASS, poolId])
        .catch((error: Error) => {
          if (stopping) return;
          log.error({ err: error }, 'could not mark this worker alive; stopping it');
          onLost(error);
        });
    },
    /** Waits until every lock asked for so far is in place. */
    ready: () => held,
    sweep,
    /** Sweeps now and then every `sweepIntervalMs`. */
    startSweeping(): void {
      const run = () =>
        sweep().catch((err: unknown) => log.warn({ err }, 'reclaiming stopped workers failed'));
      void run();
      timer = setInterval(() => void run(), sweepIntervalMs);
      timer.unref();
    },
    /** Releases the locks: call only after the runner has stopped (its jobs are settled). */
    async stop(): Promise<void> {
      stopping = true;
      if (timer) clearInterval(timer);
      timer = null;
      await client?.end().catch(() => {});
      client = null;
      own.clear();
    },
  };
}

export type Liveness = ReturnType<typeof createLiveness>;
