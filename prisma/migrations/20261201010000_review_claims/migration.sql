-- Per-entity review scheduling (docs/decisions.md, "Jobs and ordering"). One row per queue (a
-- topic's posts, a conversation's messages, the global topic queue) whose head item is in review
-- or waiting to be retried. The head is always the oldest pending item; this row says who holds
-- it (the graphile-worker job running it) and how its failures stand.
CREATE TABLE "review_claims" (
    "queue" TEXT NOT NULL,
    "item_id" UUID NOT NULL,
    "claimed_by" BIGINT,
    "claimed_at" TIMESTAMPTZ(6),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "first_failed_at" TIMESTAMPTZ(6),
    "retry_at" TIMESTAMPTZ(6),
    "last_error" TEXT,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),

    CONSTRAINT "review_claims_pkey" PRIMARY KEY ("queue")
);

-- The head of one queue is its oldest pending item: partial indexes keep that a short scan however
-- long the decided history of a topic or conversation grows.
CREATE INDEX "posts_pending_head_idx" ON "posts" ("topic_id", "submitted_at", "id") WHERE "status" = 'pending';
CREATE INDEX "messages_pending_head_idx" ON "private_messages" ("conversation_id", "submitted_at", "id") WHERE "status" = 'pending';

-- Review jobs are now one per queue; jobs of the former one-per-item tasks are never fetched
-- again (no worker runs those task names). Pending items are re-queued by recover-pending.
DO $$
BEGIN
  IF to_regclass('graphile_worker._private_jobs') IS NOT NULL THEN
    DELETE FROM graphile_worker._private_jobs j
     USING graphile_worker._private_tasks t
     WHERE t.id = j.task_id AND t.identifier IN ('evaluate-post', 'evaluate-topic', 'evaluate-message');
  END IF;
END $$;

-- The hourly cap on model calls, shared by every api and worker instance (packages/core/src/limits).
CREATE TABLE "model_call_hours" (
    "hour" TIMESTAMPTZ(6) NOT NULL,
    "calls" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "model_call_hours_pkey" PRIMARY KEY ("hour")
);
