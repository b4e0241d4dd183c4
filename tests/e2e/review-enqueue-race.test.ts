// A review enqueue must leave a job that runs after the caller's transaction, even when a worker
// takes the queue's waiting job in the middle of graphile-worker's `add_job` (docs/decisions.md,
// "Jobs and ordering"). The gap is reproduced exactly: a second connection plays the worker and
// locks the waiting job while the enqueue is between detaching running jobs and upserting.
import { reviewJob, reviewJobParams, reviewJobSql } from '@overlord/jobs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { waitFor } from '../helpers/stack.ts';

const topicId = '01900000-0000-7000-8000-0000000000aa';
const job = reviewJob('post', topicId);

let database: TestDatabase;
let caller: pg.Client;
let worker: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase();
  caller = new pg.Client({ connectionString: database.url });
  worker = new pg.Client({ connectionString: database.url });
  await Promise.all([caller.connect(), worker.connect()]);
});

afterAll(async () => {
  await Promise.all([caller?.end(), worker?.end()]);
  await database?.drop();
});

const jobsOfKey = async () =>
  (
    await caller.query<{ id: string; key: string | null; locked_at: Date | null }>(
      `SELECT id::text, key, locked_at FROM graphile_worker._private_jobs
        WHERE payload->>'topicId' = $1 ORDER BY id`,
      [topicId],
    )
  ).rows;

/**
 * Runs `enqueueSql` in a transaction while the "worker" locks the queue's waiting job in the
 * enqueue's gap; returns what the statement returned once both have committed.
 */
async function enqueueWhileAWorkerTakesTheJob(enqueueSql: string): Promise<string | null> {
  await caller.query('DELETE FROM graphile_worker._private_jobs');
  await caller.query(
    `SELECT ${reviewJobSql(1, 'now()', 'replace')}`,
    reviewJobParams('post', topicId),
  );
  const [waiting] = await jobsOfKey();
  expect(waiting).toMatchObject({ key: job.jobKey, locked_at: null });

  // The worker's fetch, not yet committed: the enqueue's first statement still sees the job free.
  await worker.query('BEGIN');
  await worker.query(
    `UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'worker-test'
      WHERE id = $1`,
    [waiting!.id],
  );
  await caller.query('BEGIN');
  const enqueued = caller.query<{ job: string | null }>(
    `SELECT (${enqueueSql})::text AS job`,
    reviewJobParams('post', topicId),
  );
  // The upsert now waits on the worker's row lock: the gap.
  const workerTxn = (await worker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!
    .pid;
  await waitFor(async () => {
    const { rows } = await worker.query<{ blocked: boolean }>(
      `SELECT count(*) > 0 AS blocked FROM pg_stat_activity
        WHERE $1 = ANY(pg_blocking_pids(pid))`,
      [workerTxn],
    );
    return rows[0]!.blocked;
  }, 10_000);
  await worker.query('COMMIT');
  const { rows } = await enqueued;
  await caller.query('COMMIT');
  return rows[0]!.job;
}

describe('enqueueing a review job while a worker takes the waiting one', () => {
  it('is a real gap: a single add_job adds nothing and returns no job', async () => {
    const single = `(graphile_worker.add_job($1::text, $2::json, job_key => $3::text,
      max_attempts => $4::int, run_at => now(), job_key_mode => 'replace')).id`;
    expect(await enqueueWhileAWorkerTakesTheJob(single)).toBeNull();
    // Only the taken job is left: the queue would wait for a recovery sweep.
    const jobs = await jobsOfKey();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.locked_at).not.toBeNull();
  });

  it('still leaves a waiting job for the queue with reviewJobSql', async () => {
    const added = await enqueueWhileAWorkerTakesTheJob(reviewJobSql(1, 'now()', 'replace'));
    expect(added).not.toBeNull();
    const jobs = await jobsOfKey();
    expect(jobs).toHaveLength(2);
    // The taken job is detached from the key; the new one holds it and is free to run.
    const [taken, fresh] = jobs;
    expect(taken).toMatchObject({ key: null });
    expect(taken!.locked_at).not.toBeNull();
    expect(fresh).toMatchObject({ id: added, key: job.jobKey, locked_at: null });
  });
});
