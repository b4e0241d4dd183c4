// A post's entry into its topic's queue in one statement. The topic's advisory lock must be held
// from the submission stamp until the commit (that is what makes submission order, commit order
// and queue order agree), so every round trip inside that window delays the next submitter to
// the same topic. One statement takes the lock, stamps, inserts and enqueues.
import { randomUUID } from 'node:crypto';

import type { Prisma } from '@overlord/db';
import { jobPayloads, topicPostQueue } from '@overlord/jobs';

export async function insertQueuedPost(
  tx: Prisma.TransactionClient,
  post: { topicId: string; authorId: string; parentId: string | null; body: string },
): Promise<{ id: string; submittedAt: Date }> {
  const id = randomUUID();
  const payload = JSON.stringify(jobPayloads['evaluate-post'].parse({ postId: id }));
  // The lock is taken before the stamp is read: `stamp` selects from `locked`.
  const [row] = await tx.$queryRawUnsafe<[{ id: string; submitted_at: Date }]>(
    `WITH locked AS (
       SELECT pg_advisory_xact_lock(hashtextextended($1, 0))
     ), stamp AS (
       SELECT clock_timestamp() AS at FROM locked
     ), created AS (
       INSERT INTO posts (id, topic_id, author_id, parent_id, body, status, submitted_at, updated_at)
       SELECT $2::uuid, $3::uuid, $4::uuid, $5::uuid, $6, 'pending', stamp.at, now() FROM stamp
       RETURNING id, submitted_at
     ), job AS (
       SELECT graphile_worker.add_job('evaluate-post', $7::json, queue_name => $8::text,
                run_at => c.submitted_at, max_attempts => 25,
                job_key => 'evaluate-post:' || c.id, job_key_mode => 'preserve_run_at')
         FROM created c
     )
     SELECT c.id, c.submitted_at, (SELECT count(*) FROM job) AS jobs FROM created c`,
    `posts:${post.topicId}`,
    id,
    post.topicId,
    post.authorId,
    post.parentId,
    post.body,
    payload,
    topicPostQueue(post.topicId),
  );
  return { id: row.id, submittedAt: row.submitted_at };
}
