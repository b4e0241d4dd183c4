// The safety net that re-queues review queues: a queue with pending items and no live job gets
// one at its head's exact stamp; a queue whose job is waiting or running is never touched (the
// job would lose its place or its retry time); a head held by a job that no longer exists is
// handed to a new job at its retry time.
import { seed } from '@overlord/db/seed';
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
  topic: string;
  revision: number;
  attempts: number;
  max_attempts: number;
  locked_by: string | null;
  run_at: string;
  head_at: string;
}

/** The review job of each topic, with its time and its head's exact stamp. */
async function jobsOf(topicIds: string[]): Promise<Map<string, JobRow>> {
  const rows = await database.db.$queryRawUnsafe<JobRow[]>(
    `SELECT t.id::text AS topic, j.revision, j.attempts, j.max_attempts, j.locked_by,
            j.run_at::text AS run_at,
            (SELECT min(submitted_at) FROM posts p
              WHERE p.topic_id = t.id AND p.status = 'pending')::text AS head_at
       FROM topics t
       JOIN graphile_worker._private_jobs j ON j.key = 'evaluate-posts:' || t.id::text
      WHERE t.id = ANY($1::uuid[])`,
    topicIds,
  );
  return new Map(rows.map((r) => [r.topic, r]));
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
  it('re-queues queues without a live job in place, and leaves waiting and running jobs alone', async () => {
    const topicIds = await createApprovedTopics(database.db, 5);
    const [orphan, waiting, usedUp, running, abandoned] = topicIds as [
      string,
      string,
      string,
      string,
      string,
    ];
    const author = await database.db.user.findUniqueOrThrow({
      where: { username: 'citizen_vera' },
      select: { id: true },
    });
    // Two pending posts per topic, with distinct microsecond stamps and no job yet.
    const heads = new Map<string, string>();
    for (const topicId of topicIds) {
      for (let i = 0; i < 2; i++) {
        const [row] = await database.db.$queryRawUnsafe<[{ id: string }]>(
          `INSERT INTO posts (id, topic_id, author_id, body, status, submitted_at, updated_at)
           VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3, 'pending', clock_timestamp(), now())
           RETURNING id::text`,
          topicId,
          author.id,
          `Nuclear power replaces coal without storage, according to grid operators (${i}).`,
        );
        if (i === 0) heads.set(topicId, row.id);
      }
    }
    const addJob = (topicId: string) =>
      database.db.$executeRawUnsafe(
        `SELECT graphile_worker.add_job('evaluate-posts', json_build_object('topicId', $1::text),
                  job_key => 'evaluate-posts:' || $1, run_at => now() + interval '1 hour')`,
        topicId,
      );
    for (const topicId of [waiting, usedUp, running]) await addJob(topicId);
    // One job failed every attempt; another is on its last attempt in a live worker.
    await database.db.$executeRawUnsafe(
      `UPDATE graphile_worker._private_jobs SET attempts = max_attempts
        WHERE key = ANY($1::text[])`,
      [`evaluate-posts:${usedUp}`, `evaluate-posts:${running}`],
    );
    await database.db.$executeRawUnsafe(
      `UPDATE graphile_worker._private_jobs SET locked_by = 'pool-live', locked_at = now()
        WHERE key = $1`,
      `evaluate-posts:${running}`,
    );
    // The head of the last topic is claimed by a job that no longer exists, waiting to retry.
    await database.db.$executeRawUnsafe(
      `INSERT INTO review_claims (queue, item_id, claimed_by, attempts, retry_at)
       VALUES ($1, $2::uuid, 999999999, 1, now() + interval '5 minutes')`,
      `posts:${abandoned}`,
      heads.get(abandoned),
    );
    const before = await jobsOf(topicIds);
    expect(before.has(orphan)).toBe(false);
    expect(before.has(abandoned)).toBe(false);

    await runRecoverPending();
    const after = await jobsOf(topicIds);

    // Untouched: not one update to the rows of the waiting and the running job.
    expect(after.get(waiting)).toEqual(before.get(waiting));
    expect(after.get(running)).toEqual(before.get(running));
    // The used-up job can run again and the missing one exists, at the head's exact stamp, so
    // the topic keeps its place among all others.
    for (const topicId of [usedUp, orphan]) {
      const job = after.get(topicId)!;
      expect(job.attempts).toBeLessThan(job.max_attempts);
      expect(job.locked_by).toBeNull();
      expect(job.run_at).toBe(job.head_at);
    }
    // The abandoned head keeps its retry time: it is not retried early.
    const [{ retry_at }] = await database.db.$queryRawUnsafe<[{ retry_at: string }]>(
      `SELECT retry_at::text FROM review_claims WHERE queue = $1`,
      `posts:${abandoned}`,
    );
    expect(after.get(abandoned)?.run_at).toBe(retry_at);

    // A second run finds nothing to do.
    await runRecoverPending();
    expect(await jobsOf(topicIds)).toEqual(after);
  });
});
