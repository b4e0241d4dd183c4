// The safety net that re-adds evaluation jobs must never touch a job that is waiting or running:
// updating a waiting job's row locks it, and graphile-worker's fetch (FOR UPDATE SKIP LOCKED)
// then takes the next job of the same named queue, judging a later post before an earlier one.
import { seed } from '@overlord/db/seed';
import { topicPostQueue } from '@overlord/jobs';
import { Logger, runOnce } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  createApprovedTopics,
  createTestDatabase,
  type TestDatabase,
} from '../../../tests/helpers/database.ts';
import { recoverPendingTask } from '../src/tasks/recover-pending.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
});
afterAll(async () => {
  await database?.drop();
});

interface JobRow {
  post: string;
  revision: number;
  attempts: number;
  max_attempts: number;
  locked_by: string | null;
  queue_name: string | null;
  in_place: boolean;
}

/** The evaluation job of each post, and whether its run_at is the post's exact stamp. */
async function jobsOf(postIds: string[]): Promise<Map<string, JobRow>> {
  const rows = await database.db.$queryRawUnsafe<JobRow[]>(
    `SELECT p.id::text AS post, j.revision, j.attempts, j.max_attempts, j.locked_by, q.queue_name,
            j.run_at = p.submitted_at AS in_place
       FROM posts p
       JOIN graphile_worker._private_jobs j ON j.key = 'evaluate-post:' || p.id::text
       LEFT JOIN graphile_worker._private_job_queues q ON q.id = j.job_queue_id
      WHERE p.id = ANY($1::uuid[])`,
    postIds,
  );
  return new Map(rows.map((r) => [r.post, r]));
}

async function runRecoverPending() {
  await database.db.$executeRawUnsafe(`SELECT graphile_worker.add_job('recover-pending', '{}')`);
  await runOnce({
    connectionString: database.url,
    taskList: { 'recover-pending': recoverPendingTask({ db: database.db }) },
    logger: new Logger(() => () => {}),
  });
}

describe('recover-pending', () => {
  it('re-adds missing and used-up jobs in place, and leaves waiting and running ones alone', async () => {
    const [topicId] = await createApprovedTopics(database.db, 1);
    const author = await database.db.user.findUniqueOrThrow({
      where: { username: 'citizen_vera' },
      select: { id: true },
    });
    const queue = topicPostQueue(topicId!);
    // Four pending posts with distinct microsecond stamps; the last one never got a job.
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const [row] = await database.db.$queryRawUnsafe<[{ id: string }]>(
        `INSERT INTO posts (id, topic_id, author_id, body, status, submitted_at, updated_at)
         VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3, 'pending', clock_timestamp(), now())
         RETURNING id::text`,
        topicId,
        author.id,
        `Nuclear power replaces coal without storage, according to grid operators (${i}).`,
      );
      ids.push(row.id);
      if (i === 3) continue;
      await database.db.$executeRawUnsafe(
        `SELECT graphile_worker.add_job('evaluate-post', json_build_object('postId', p.id),
                  queue_name => $2, run_at => p.submitted_at, job_key => 'evaluate-post:' || p.id)
           FROM posts p WHERE p.id = $1::uuid`,
        row.id,
        queue,
      );
    }
    const [waiting, usedUp, running, orphan] = ids as [string, string, string, string];
    // One job failed every attempt; another is on its last attempt in a live worker.
    await database.db.$executeRawUnsafe(
      `UPDATE graphile_worker._private_jobs SET attempts = max_attempts
        WHERE key = ANY($1::text[])`,
      [`evaluate-post:${usedUp}`, `evaluate-post:${running}`],
    );
    await database.db.$executeRawUnsafe(
      `UPDATE graphile_worker._private_jobs SET locked_by = 'pool-live', locked_at = now()
        WHERE key = $1`,
      `evaluate-post:${running}`,
    );
    const before = await jobsOf(ids);
    expect(before.has(orphan)).toBe(false);

    await runRecoverPending();
    const after = await jobsOf(ids);

    // Untouched: not one update to the rows of the waiting and the running job.
    expect(after.get(waiting)).toEqual(before.get(waiting));
    expect(after.get(running)).toEqual(before.get(running));
    // The used-up job can run again, and the missing one exists; both at the post's exact stamp
    // in the topic's queue, so they keep their place in line.
    for (const id of [usedUp, orphan]) {
      const job = after.get(id)!;
      expect(job.attempts).toBeLessThan(job.max_attempts);
      expect(job.locked_by).toBeNull();
      expect(job.queue_name).toBe(queue);
      expect(job.in_place).toBe(true);
    }

    // A second run finds nothing to do.
    await runRecoverPending();
    expect(await jobsOf(ids)).toEqual(after);
  });
});
