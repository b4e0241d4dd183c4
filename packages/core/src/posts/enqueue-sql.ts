// A post's entry into its topic's queue in one statement. The topic's advisory lock must be held
// from the submission stamp until the commit (that is what makes submission order, commit order
// and queue order agree), so every round trip inside that window delays the next submitter to
// the same topic. One statement takes the lock, stamps, inserts and enqueues.
import { randomUUID } from 'node:crypto';

import type { Prisma } from '@overlord/db';
import { reviewJob, reviewJobParams, reviewJobSql } from '@overlord/jobs';

export async function insertQueuedPost(
  tx: Prisma.TransactionClient,
  post: {
    topicId: string;
    authorId: string;
    parentId: string | null;
    resubmissionOfId: string | null;
    /** A revision of this approved statement (docs/product.md §17); null for a new statement. */
    revisionOfId?: string | null;
    body: string;
  },
): Promise<{ id: string; submittedAt: Date }> {
  const id = randomUUID();
  // The topic's review job: one per topic, kept if already waiting (docs/decisions.md).
  const job = reviewJob('post', post.topicId);
  // The lock is taken before the stamp is read: `stamp` selects from `locked`.
  const [row] = await tx.$queryRawUnsafe<[{ id: string; submitted_at: Date }]>(
    `WITH locked AS (
       SELECT pg_advisory_xact_lock(hashtextextended($1, 0))
     ), stamp AS (
       SELECT clock_timestamp() AS at FROM locked
     ), created AS (
       INSERT INTO posts (id, topic_id, author_id, parent_id, resubmission_of_id, revision_of_id,
                          body, status, submitted_at, updated_at)
       SELECT $2::uuid, $3::uuid, $4::uuid, $5::uuid, $7::uuid, $12::uuid, $6, 'pending', stamp.at,
              now()
         FROM stamp
       RETURNING id, submitted_at
     ), job AS (
       SELECT ${reviewJobSql(8, 'c.submitted_at', 'preserve_run_at')} FROM created c
     )
     SELECT c.id, c.submitted_at, (SELECT count(*) FROM job) AS jobs FROM created c`,
    job.queue,
    id,
    post.topicId,
    post.authorId,
    post.parentId,
    post.body,
    post.resubmissionOfId,
    ...reviewJobParams('post', post.topicId),
    post.revisionOfId ?? null,
  );
  return { id: row.id, submittedAt: row.submitted_at };
}
