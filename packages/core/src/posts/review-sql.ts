// The two statements of a post's review, each one round trip. The worker judges thousands of
// posts a minute; through the ORM a verdict cost a dozen round trips inside an interactive
// transaction (see docs/decisions.md, "verdicts in one statement"). A single statement is atomic
// on its own, so the verdict, its moderation event, the loyalty change, the tags, the embed
// job, the followers' job and the author's notification still commit together or not at all.
import { type Db, sqlPool } from '@overlord/db';
import { embedContentJob, notifyFollowersJob } from '@overlord/jobs';
import type { EvaluateResult } from '@overlord/overlord';

import { extractMentions } from '@overlord/validators';

import type { LoyaltyWeights } from '../loyalty.ts';
import { dispatchKindOf } from '../notifications/kinds.ts';
import { conversationNotice, verdictNotice } from '../notifications/texts.ts';
import { wantsDispatchSql } from '../notifications/wants.ts';
import { slugifyTags } from '../tags.ts';
import type { JudgedText } from '../translation/translations.ts';
import { type AppliedRevision, applyApprovedRevision } from './revision-sql.ts';

export interface PostUnderReview {
  id: string;
  body: string;
  authorId: string;
  authorUsername: string;
  topicId: string;
  topicTitle: string;
  topicDescription: string;
  topicTags: string[];
  parentBody: string | null;
  /** A revision (docs/product.md §17): the statement it would replace, and that statement's text
   *  now. Null for a statement of its own. */
  revisionOf: { id: string; body: string } | null;
  /** When review began (set by this claim or by an earlier, interrupted run). */
  reviewStartedAt: Date;
  /** True when this call started the review (an earlier run had not): publish "in review". */
  newlyClaimed: boolean;
}

interface ClaimRow {
  id: string;
  body: string;
  author_id: string;
  author_username: string;
  topic_id: string;
  topic_title: string;
  topic_description: string;
  topic_tags: string[];
  parent_body: string | null;
  revision_of_id: string | null;
  revised_body: string | null;
  review_started_at: Date | null;
  newly_claimed: boolean;
}

/**
 * Stamps the start of review on a pending post and loads what the judge needs. Null when the
 * post is gone or already decided (a re-run after a crash).
 */
export async function claimPostForReview(db: Db, postId: string): Promise<PostUnderReview | null> {
  const { rows } = await sqlPool(db).query<ClaimRow>({
    name: 'post-review-claim',
    text: `WITH claimed AS (
       UPDATE posts SET review_started_at = clock_timestamp()
       WHERE id = $1::uuid AND status = 'pending' AND review_started_at IS NULL
       RETURNING id, review_started_at
     )
     SELECT p.id, p.body, p.author_id, au.username::text AS author_username, p.topic_id,
            t.title AS topic_title, t.description AS topic_description,
            COALESCE((SELECT array_agg(tg.slug::text ORDER BY tg.slug)
                        FROM topic_tags tt JOIN tags tg ON tg.id = tt.tag_id
                       WHERE tt.topic_id = p.topic_id), '{}') AS topic_tags,
            parent.body AS parent_body,
            p.revision_of_id::text AS revision_of_id, revised.body AS revised_body,
            COALESCE(c.review_started_at, p.review_started_at) AS review_started_at,
            c.id IS NOT NULL AS newly_claimed
       FROM posts p
       JOIN topics t ON t.id = p.topic_id
       JOIN users au ON au.id = p.author_id
       -- A revision is judged in its statement's place in the thread: the parent is the statement's.
       LEFT JOIN posts revised ON revised.id = p.revision_of_id
       LEFT JOIN posts parent ON parent.id = COALESCE(revised.parent_id, p.parent_id)
       LEFT JOIN claimed c ON c.id = p.id
      WHERE p.id = $1::uuid AND p.status = 'pending'`,
    values: [postId],
  });
  const row = rows[0];
  if (!row) return null;
  // Neither stamped now nor by an earlier run: the row left `pending` between this statement's
  // snapshot and its UPDATE (withdrawn by its author at that moment), so there is nothing to judge.
  if (!row.newly_claimed && row.review_started_at === null) return null;
  return {
    id: row.id,
    body: row.body,
    authorId: row.author_id,
    authorUsername: row.author_username,
    topicId: row.topic_id,
    topicTitle: row.topic_title,
    topicDescription: row.topic_description,
    topicTags: row.topic_tags,
    parentBody: row.parent_body,
    revisionOf: row.revision_of_id
      ? { id: row.revision_of_id, body: row.revised_body ?? '' }
      : null,
    reviewStartedAt: row.review_started_at!,
    newlyClaimed: row.newly_claimed,
  };
}

export interface AppliedPostVerdict {
  decidedAt: Date;
  /** The author after the loyalty change (null when the verdict moves no score, e.g. calibrate). */
  author: { id: string; createdAt: Date; loyaltyScore: number; ranked: boolean } | null;
  /** Citizens a dispatch was written for (the author; replied-to and mentioned citizens):
   *  announce it on their streams after this commit. */
  notified: string[];
  /** An approved revision that replaced its statement's text (null otherwise). */
  revised: AppliedRevision | null;
}

interface ApplyRow {
  decided_at: Date;
  author_id: string | null;
  author_created_at: Date | null;
  loyalty_score: number | null;
  ranked: boolean | null;
  notified: string[];
}

/**
 * Applies a verdict to a still-pending post: the stored verdict, the moderation event (its
 * idempotency key makes a second application impossible), the author's loyalty, the Overlord's
 * tags and, for an approval, the job that embeds the post for retrieval. Null when the post was
 * no longer pending (decided by a concurrent or earlier run): nothing was changed.
 *
 * The score moves by the weight in force (`weights`, the run-time setting), passed as the event's
 * delta: the statement adds the delta it stores, the same value recordModerationEvent would
 * add, so SQL and TypeScript cannot disagree on a weight.
 */
export async function applyPostVerdict(
  db: Db,
  post: {
    id: string;
    topicId: string;
    body: string;
    authorUsername: string;
    revisionOf: { id: string; body: string } | null;
  },
  result: EvaluateResult,
  judged: JudgedText,
  weights: Readonly<LoyaltyWeights>,
): Promise<AppliedPostVerdict | null> {
  const approved = result.verdict === 'approved';
  const revision = post.revisionOf;
  const eventKind =
    result.verdict === 'calibrate' ? null : approved ? 'post_approved' : 'post_rejected';
  // A revision's verdict moves loyalty like any statement's (docs/product.md §8, §17).
  const delta = eventKind ? weights[eventKind] : 0;
  // A revision's tags go to its statement, with its text (revision-sql.ts), not to the revision.
  const tags = approved ? slugifyTags(result.tags) : [];
  const notice = verdictNotice(
    { kind: 'post', topicId: post.topicId, revisionOf: revision?.id ?? null },
    result.verdict,
    result.feedback,
  );
  // On approval, the author of the statement replied to and everyone mentioned get a dispatch
  // (docs/product.md §17), in the verdict's own statement: never before it, and exactly once.
  // A revision (no parent of its own) tells only those it newly mentions, and points at its
  // statement, which now carries its words.
  const shown = { id: revision?.id ?? post.id, body: post.body };
  const replyNotice = conversationNotice('reply', post.authorUsername, shown);
  const mentionNotice = conversationNotice('mention', post.authorUsername, shown);
  const mentioned = approved ? extractMentions(post.body) : [];
  const alreadyMentioned = new Set(
    revision ? extractMentions(revision.body).map((name) => name.toLowerCase()) : [],
  );
  const newlyMentioned = mentioned.filter((name) => !alreadyMentioned.has(name.toLowerCase()));
  const evaluation = JSON.stringify({
    ...result,
    language: judged.language,
    translated: judged.translated,
  });

  const statement = {
    name: 'post-review-apply',
    text: `WITH decided AS (
       UPDATE posts SET status = $2::"ContentStatus", decided_at = clock_timestamp(),
              rejection_reason = $3::"RejectionReason", terms_violation = $4, feedback = $5,
              commentary = $6, evaluation = $7::jsonb, judge = $8, language = $9,
              updated_at = now()
        WHERE id = $1::uuid AND status = 'pending'
       RETURNING id, author_id, decided_at, parent_id
     ), event AS (
       INSERT INTO moderation_events (id, idempotency_key, user_id, kind, delta, reason_codes, post_id)
       SELECT gen_random_uuid(), 'verdict:post:' || d.id, d.author_id,
              $10::"ModerationEventKind", $11::int, $12::text[], d.id
         FROM decided d
        WHERE $10::text IS NOT NULL
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING user_id, delta
     ), author AS (
       UPDATE users u SET loyalty_score = u.loyalty_score + e.delta
         FROM event e
        WHERE u.id = e.user_id
       RETURNING u.id, u.created_at, u.loyalty_score,
                 (NOT u.is_system AND u.deleted_at IS NULL AND u.banned_at IS NULL) AS ranked
     ), tag AS (
       INSERT INTO tags (id, slug, label)
       SELECT gen_random_uuid(), s, replace(s, '-', ' ')
         FROM unnest($13::text[]) AS s
        WHERE EXISTS (SELECT 1 FROM decided)
       ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug
       RETURNING id
     ), tagged AS (
       INSERT INTO post_tags (post_id, tag_id)
       SELECT d.id, t.id FROM decided d CROSS JOIN tag t
       ON CONFLICT DO NOTHING
       RETURNING tag_id
     ), embed AS (
       SELECT ${embedContentJob.sql(14)}
         FROM decided d
        WHERE $34::boolean
     ), follow AS (
       -- Followers hear of an approval (docs/product.md §21): one job per followed topic. A
       -- revision is no new statement: its statement's text changes in place.
       SELECT ${notifyFollowersJob.sql(29)}
         FROM decided d
        WHERE $34::boolean AND EXISTS (SELECT 1 FROM topic_follows f WHERE f.topic_id = $33::uuid)
     ), notice AS (
       INSERT INTO notifications (id, user_id, kind, title, body, link)
       SELECT gen_random_uuid(), d.author_id, $19, $20, $21, $22
         FROM decided d JOIN users u ON u.id = d.author_id
        WHERE $23::"DispatchKind" = ANY(u.dispatch_kinds) AND u.deleted_at IS NULL
          AND NOT u.is_system
       RETURNING user_id
     ), dispatch AS (
       -- One dispatch per citizen: a reply that also mentions its parent's author is a reply.
       INSERT INTO notifications (id, user_id, kind, title, body, link)
       SELECT DISTINCT ON (r.user_id) gen_random_uuid(), r.user_id, r.kind,
              CASE r.kind WHEN 'reply' THEN $24 ELSE $25 END, $26, $27
         FROM (
           SELECT parent.author_id AS user_id, 'reply' AS kind, 0 AS rank
             FROM decided d JOIN posts parent ON parent.id = d.parent_id
           UNION ALL
           SELECT m.id, 'mention', 1
             FROM decided d JOIN users m ON m.username = ANY($28::citext[])
         ) r
         JOIN users u ON u.id = r.user_id
        WHERE $18::boolean AND r.user_id <> (SELECT author_id FROM decided)
          AND ${wantsDispatchSql('u', 'r.kind')}
          -- A citizen who blocked the author hears nothing of their words (docs/product.md §20).
          AND NOT EXISTS (SELECT 1 FROM blocks b
                           WHERE b.blocker_id = r.user_id
                             AND b.blocked_id = (SELECT author_id FROM decided))
        ORDER BY r.user_id, r.rank
       RETURNING user_id
     )
     SELECT d.decided_at, a.id AS author_id, a.created_at AS author_created_at,
            a.loyalty_score, a.ranked,
            (SELECT count(*) FROM tagged) AS tags, (SELECT count(*) FROM embed) AS jobs,
            (SELECT count(*) FROM dispatch) AS dispatches,
            (SELECT count(*) FROM follow) AS follow_jobs,
            ARRAY(SELECT user_id FROM notice UNION SELECT user_id FROM dispatch) AS notified
       FROM decided d
       LEFT JOIN author a ON true`,
    values: [
      post.id,
      result.verdict,
      result.rejectionReason,
      result.rejectionReason === 'terms_violation',
      result.feedback,
      approved ? result.commentary : null,
      evaluation,
      result.judge,
      judged.language,
      eventKind,
      delta,
      result.findings.map((finding) => finding.code),
      revision ? [] : tags,
      // The post is `decided` only when its id is `post.id`, so the job's key is known here.
      ...embedContentJob.params({ kind: 'post', id: post.id }),
      approved,
      notice.kind,
      notice.title,
      notice.body,
      notice.link,
      dispatchKindOf(notice.kind),
      replyNotice.title,
      mentionNotice.title,
      replyNotice.body,
      replyNotice.link,
      newlyMentioned,
      ...notifyFollowersJob.params({ topicId: post.topicId }),
      post.topicId,
      // A statement of its own is embedded and announced to followers; a revision through its
      // statement (revision-sql.ts).
      approved && !revision,
    ],
  };

  let row: ApplyRow | undefined;
  let revised: AppliedRevision | null = null;
  if (approved && revision) {
    // The verdict and the new text of the statement commit together, or neither does.
    const client = await sqlPool(db).connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      row = (await client.query<ApplyRow>(statement)).rows[0];
      if (row) {
        revised = await applyApprovedRevision(
          async (sql, ...params) => (await client.query<Record<string, unknown>>(sql, params)).rows,
          post.id,
          tags,
        );
      }
      await client.query('COMMIT');
    } catch (error) {
      // A connection that cannot even roll back is closed rather than returned to the pool.
      await client.query('ROLLBACK').catch(() => (broken = true));
      throw error;
    } finally {
      client.release(broken);
    }
  } else {
    row = (await sqlPool(db).query<ApplyRow>(statement)).rows[0];
  }
  if (!row) return null;
  return {
    revised,
    decidedAt: row.decided_at,
    notified: row.notified,
    author:
      row.author_id && row.author_created_at && row.loyalty_score !== null
        ? {
            id: row.author_id,
            createdAt: row.author_created_at,
            loyaltyScore: row.loyalty_score,
            ranked: row.ranked ?? false,
          }
        : null,
  };
}
