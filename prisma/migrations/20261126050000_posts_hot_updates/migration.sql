-- Verdict throughput (docs/decisions.md, "verdicts in one statement").
-- Free space on each page lets the review stamp (an unindexed column) be a HOT update, which
-- touches no index; only the verdict itself rewrites the post's index entries.
ALTER TABLE "posts" SET (fillfactor = 80);

-- Search shows approved posts only, so only they are indexed: a submission or a rejection no
-- longer pays for tokenising the body. Queries must say `status = 'approved'` to use it.
DROP INDEX "posts_search_idx";
CREATE INDEX "posts_search_idx" ON "posts" USING gin (to_tsvector('english', "body")) WHERE "status" = 'approved';
