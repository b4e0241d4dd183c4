// Reclaiming jobs of dead workers must never touch a live worker's jobs: "dead" is decided by
// whether anyone still holds the pool's advisory lock, and only for locks past the grace period.
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/database.ts';
import { createLiveness } from '../src/liveness.ts';

let database: TestDatabase;
let pool: pg.Pool;
const log = pino({ level: 'silent' });

beforeAll(async () => {
  database = await createTestDatabase();
  pool = new pg.Pool({ connectionString: database.url, max: 3 });
});
afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

const liveness = () =>
  createLiveness({ connectionString: database.url, pool, log, onLost: () => {} });

/** A job (and its named queue) locked by `owner` since `age` ago, as a worker would leave it. */
async function lockedJob(owner: string, age: string): Promise<string> {
  const queue = `queue-${owner}`;
  const { rows } = await pool.query<{ id: string }>(
    `SELECT (graphile_worker.add_job('recover-pending', '{}'::json, queue_name => $1)).id AS id`,
    [queue],
  );
  const id = rows[0]!.id;
  await pool.query(
    `UPDATE graphile_worker._private_jobs SET locked_by = $1, locked_at = now() - $2::interval WHERE id = $3`,
    [owner, age, id],
  );
  await pool.query(
    `UPDATE graphile_worker._private_job_queues SET locked_by = $1, locked_at = now() - $2::interval
     WHERE queue_name = $3`,
    [owner, age, queue],
  );
  return id;
}

async function lockOwners(): Promise<{ job: string | null; queue: string | null }[]> {
  const { rows } = await pool.query<{ job: string | null; queue: string | null }>(
    `SELECT j.locked_by AS job, q.locked_by AS queue
     FROM graphile_worker._private_jobs j
     JOIN graphile_worker._private_job_queues q ON q.id = j.job_queue_id
     ORDER BY j.id`,
  );
  return rows;
}

describe('reclaiming jobs of stopped workers', () => {
  it('frees only locks whose pool is gone and older than the grace period', async () => {
    const alive = liveness();
    await alive.start();
    alive.hold('pool-alive');
    await alive.ready();
    const sweeper = liveness();
    await sweeper.start();
    sweeper.hold('pool-sweeper');
    await sweeper.ready();

    await lockedJob('pool-alive', '1 minute');
    await lockedJob('pool-dead', '1 minute');
    await lockedJob('pool-new', '0 seconds'); // no lock yet, but may be taking it right now
    await lockedJob('pool-sweeper', '1 minute');

    expect(await sweeper.sweep()).toEqual(['pool-dead']);
    expect(await lockOwners()).toEqual([
      { job: 'pool-alive', queue: 'pool-alive' },
      { job: null, queue: null },
      { job: 'pool-new', queue: 'pool-new' },
      { job: 'pool-sweeper', queue: 'pool-sweeper' },
    ]);

    // The live worker's process ends: its session, and so its lock, goes with it.
    await alive.stop();
    expect(await sweeper.sweep()).toEqual(['pool-alive']);
    expect((await lockOwners())[0]).toEqual({ job: null, queue: null });
    await sweeper.stop();
  });
});
