-- Dispatches by kind (docs/product.md §13): the single opt-in flag becomes a list of the kinds a
-- citizen wants. Existing citizens keep what they had: opted in means every kind, opted out none.
CREATE TYPE "DispatchKind" AS ENUM ('verdicts', 'appeals_and_reports', 'messages', 'sanctions', 'replies_and_mentions', 'followed_topics');

ALTER TABLE "users" ADD COLUMN "dispatch_kinds" "DispatchKind"[] DEFAULT ARRAY['verdicts', 'appeals_and_reports', 'messages', 'sanctions', 'replies_and_mentions', 'followed_topics']::"DispatchKind"[];

UPDATE "users" SET "dispatch_kinds" = '{}' WHERE NOT "notifications_opt_in";

ALTER TABLE "users" DROP COLUMN "notifications_opt_in";
