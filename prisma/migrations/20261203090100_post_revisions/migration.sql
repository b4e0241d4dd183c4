-- Revising an approved statement (docs/product.md §17). A revision is a post of its own
-- (`revision_of_id` names the statement), judged in the statement's topic queue like any post;
-- approved, its text replaces the statement's in place (`revised_at`), and the text it replaced
-- is kept in `post_versions`. Revisions go with their statement (ON DELETE CASCADE).
-- AlterTable
ALTER TABLE "posts" ADD COLUMN     "revised_at" TIMESTAMPTZ(6),
ADD COLUMN     "revision_of_id" UUID;

-- CreateTable
CREATE TABLE "post_versions" (
    "id" UUID NOT NULL,
    "post_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "approved_at" TIMESTAMPTZ(6) NOT NULL,
    "replaced_at" TIMESTAMPTZ(6) NOT NULL,
    "replaced_by_id" UUID,

    CONSTRAINT "post_versions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "post_versions_post_id_replaced_at_idx" ON "post_versions"("post_id", "replaced_at");

-- CreateIndex
CREATE INDEX "post_versions_replaced_by_id_idx" ON "post_versions"("replaced_by_id");

-- CreateIndex
CREATE INDEX "posts_revision_of_id_idx" ON "posts"("revision_of_id");

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_revision_of_id_fkey" FOREIGN KEY ("revision_of_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_versions" ADD CONSTRAINT "post_versions_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_versions" ADD CONSTRAINT "post_versions_replaced_by_id_fkey" FOREIGN KEY ("replaced_by_id") REFERENCES "posts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- At most one revision of a statement waits in its queue at a time. The submission checks it
-- under a lock and says why; this makes it a fact of the table.
CREATE UNIQUE INDEX "posts_one_pending_revision_key" ON "posts"("revision_of_id")
  WHERE "status" = 'pending' AND "revision_of_id" IS NOT NULL;
