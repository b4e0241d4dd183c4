// An approved revision replaces its statement's text in place (docs/product.md §17): same id,
// same place in the thread, same replies. The text it replaces goes to `post_versions` (the
// statement's history); the English translation, the Overlord's words on the text, the tags and
// the embedding follow the new text; the search document follows by the posts and translations
// triggers. Runs inside the caller's transaction (the verdict's, or an appeal decision's), so a
// revision is approved exactly when its statement shows it.
//
// Four statements, in this order, because the triggers that keep `search_vector` read the
// translations table: the statement's translation must be the new text's before its body changes.
import { embedContentJob } from '@overlord/jobs';

/** Runs one statement in the caller's transaction and returns its rows. */
export type RowQuery = (sql: string, ...params: unknown[]) => Promise<unknown[]>;

export interface AppliedRevision {
  /** The statement whose text the revision now is. */
  postId: string;
  topicId: string;
  revisedAt: Date;
}

interface TargetRow {
  post_id: string;
  topic_id: string;
  replaceable: boolean;
  at: Date;
}

/**
 * Applies approved revision `revisionId` to its statement. `tags`: the Overlord's tags for the
 * new text (they replace the statement's), or null to keep the statement's own (a revision
 * restored on appeal was never tagged). Returns null, changing nothing, when the statement is no
 * longer an approved public statement (hidden after a report meanwhile): the revision keeps its
 * verdict, and replaces nothing.
 */
export async function applyApprovedRevision(
  query: RowQuery,
  revisionId: string,
  tags: string[] | null,
): Promise<AppliedRevision | null> {
  // The statement's row lock serialises this with anything else that writes its text.
  const [target] = (await query(
    `SELECT o.id::text AS post_id, o.topic_id::text AS topic_id,
            (o.status = 'approved' AND o.hidden_at IS NULL) AS replaceable,
            clock_timestamp() AS at
       FROM posts r JOIN posts o ON o.id = r.revision_of_id
      WHERE r.id = $1::uuid AND r.status = 'approved'
      FOR UPDATE OF o`,
    revisionId,
  )) as TargetRow[];
  if (!target?.replaceable) return null;
  const { post_id: postId, at } = target;

  // The text on record goes to the history, with the moment it went up; its translation goes.
  await query(
    `WITH kept AS (
       INSERT INTO post_versions (id, post_id, body, language, approved_at, replaced_at,
                                  replaced_by_id)
       SELECT gen_random_uuid(), o.id, o.body, o.language,
              COALESCE(o.revised_at, o.decided_at, o.submitted_at), $3::timestamptz, $2::uuid
         FROM posts o WHERE o.id = $1::uuid
       RETURNING 1
     ), dropped AS (
       DELETE FROM translations WHERE content_kind = 'post' AND content_id = $1::uuid
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM kept) AS kept, (SELECT count(*) FROM dropped) AS dropped`,
    postId,
    revisionId,
    at,
  );
  // The revision's translation (the English the Overlord judged) becomes the statement's.
  await query(
    `INSERT INTO translations (id, content_kind, content_id, source_language, target_language,
                               text, provider)
     SELECT gen_random_uuid(), tr.content_kind, $1::uuid, tr.source_language, tr.target_language,
            tr.text, tr.provider
       FROM translations tr
      WHERE tr.content_kind = 'post' AND tr.content_id = $2::uuid
     RETURNING 1`,
    postId,
    revisionId,
  );
  // The new text, the Overlord's words on it, its tags, and a fresh embedding.
  await query(
    `WITH revised AS (
       UPDATE posts o SET body = r.body, language = r.language, feedback = r.feedback,
              commentary = r.commentary, revised_at = $3::timestamptz, updated_at = now()
         FROM posts r
        WHERE o.id = $1::uuid AND r.id = $2::uuid
       RETURNING o.id
     ), untagged AS (
       DELETE FROM post_tags pt USING tags g
        WHERE $4::boolean AND pt.post_id = $1::uuid AND g.id = pt.tag_id
          AND NOT (g.slug = ANY($5::text[]))
       RETURNING 1
     ), tag AS (
       INSERT INTO tags (id, slug, label)
       SELECT gen_random_uuid(), s, replace(s, '-', ' ')
         FROM unnest($5::text[]) AS s
        WHERE $4::boolean
       ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug
       RETURNING id
     ), tagged AS (
       INSERT INTO post_tags (post_id, tag_id)
       SELECT $1::uuid, t.id FROM tag t
       ON CONFLICT DO NOTHING
       RETURNING 1
     ), embed AS (
       SELECT ${embedContentJob.sql(6)} FROM revised
     )
     SELECT (SELECT count(*) FROM revised) AS revised, (SELECT count(*) FROM untagged) AS untagged,
            (SELECT count(*) FROM tagged) AS tagged, (SELECT count(*) FROM embed) AS jobs`,
    postId,
    revisionId,
    at,
    tags !== null,
    tags ?? [],
    ...embedContentJob.params({ kind: 'post', id: postId }),
  );
  return { postId, topicId: target.topic_id, revisedAt: at };
}
