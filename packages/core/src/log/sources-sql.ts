// Where the public log's entries come from (docs/product.md §16), as SQL shared by the list and
// the Overlord's record. Every decision is read from the table that holds it today:
// - the Overlord's approvals and rejections: their verdict events (`moderation_events`, no
//   actor), which keep the original verdict and its time even after an appeal restores the item;
// - calibrations: the calibrated items themselves (a calibration writes no event, §8);
// - appeal and report decisions: `appeals` and `flags` (one report decision covers every pending
//   report of the item, so decided reports are grouped by item and moment);
// - tag renames and merges: their audit rows, the only record of them.
// Each source yields the same columns; nothing here selects an author or a body.
import { publicSql } from '../visibility.ts';

/**
 * A decision about this item may be published: never one whose verdict came from the safety
 * screen, was held for moderators, or was a terms violation (never public, docs/product.md §5).
 * The screen's judge id and the stored evaluation survive a sustained appeal, which clears
 * `terms_violation`; so an appealed terms violation stays out too.
 */
export function loggableSql(alias: string): string {
  return `(NOT ${alias}.terms_violation AND NOT ${alias}.held_for_review
           AND coalesce(${alias}.judge, '') NOT LIKE '%:screen'
           AND coalesce(${alias}.evaluation->>'rejectionReason', '') <> 'terms_violation')`;
}

/** The reason category of the Overlord's original rejection, kept through an appeal. */
function reasonSql(alias: string): string {
  return `coalesce(${alias}.evaluation->>'rejectionReason', ${alias}.rejection_reason::text)`;
}

/**
 * The Overlord's verdicts on statements and topic proposals, one row per item:
 * key, at, decision, reason, judge, item_kind, item_id, topic_id, submitted_at.
 */
export function verdictsSql(): string {
  return `
    SELECT 'verdict:post:' || p.id AS key, e.created_at AS at,
           CASE e.kind WHEN 'post_approved' THEN 'approved' ELSE 'rejected' END AS decision,
           CASE e.kind WHEN 'post_rejected' THEN ${reasonSql('p')} END AS reason,
           p.judge, 'post' AS item_kind, p.id AS item_id, p.topic_id, p.submitted_at
      FROM moderation_events e JOIN posts p ON p.id = e.post_id
     WHERE e.kind IN ('post_approved', 'post_rejected') AND e.actor_id IS NULL
       AND ${loggableSql('p')}
    UNION ALL
    SELECT 'verdict:topic:' || t.id, e.created_at,
           CASE e.kind WHEN 'topic_approved' THEN 'approved' ELSE 'rejected' END,
           CASE e.kind WHEN 'topic_rejected' THEN ${reasonSql('t')} END,
           t.judge, 'topic', t.id, t.id, t.submitted_at
      FROM moderation_events e JOIN topics t ON t.id = e.topic_id
     WHERE e.kind IN ('topic_approved', 'topic_rejected') AND e.actor_id IS NULL
       AND ${loggableSql('t')}
    UNION ALL
    SELECT 'verdict:post:' || p.id, p.decided_at, 'calibrate', NULL, p.judge, 'post', p.id,
           p.topic_id, p.submitted_at
      FROM posts p
     WHERE p.status = 'calibrate' AND p.decided_at IS NOT NULL AND ${loggableSql('p')}
    UNION ALL
    SELECT 'verdict:topic:' || t.id, t.decided_at, 'calibrate', NULL, t.judge, 'topic', t.id,
           t.id, t.submitted_at
      FROM topics t
     WHERE t.status = 'calibrate' AND t.decided_at IS NOT NULL AND ${loggableSql('t')}`;
}

/**
 * Decided appeals about statements and topics (never private messages):
 * key, at, decision, reason (of the rejection appealed), official_role, item_kind, item_id,
 * topic_id.
 */
export function appealsSql(): string {
  return `
    SELECT 'appeal:' || a.id AS key, a.decided_at AS at, a.status::text AS decision,
           ${reasonSql('p')} AS reason, r.role::text AS official_role, 'post' AS item_kind,
           p.id AS item_id, p.topic_id
      FROM appeals a JOIN posts p ON p.id = a.post_id
      LEFT JOIN users r ON r.id = a.reviewer_id
     WHERE a.content_kind = 'post' AND a.status <> 'pending' AND a.decided_at IS NOT NULL
       AND ${loggableSql('p')}
    UNION ALL
    SELECT 'appeal:' || a.id, a.decided_at, a.status::text, ${reasonSql('t')}, r.role::text,
           'topic', t.id, t.id
      FROM appeals a JOIN topics t ON t.id = a.topic_id
      LEFT JOIN users r ON r.id = a.reviewer_id
     WHERE a.content_kind = 'topic' AND a.status <> 'pending' AND a.decided_at IS NOT NULL
       AND ${loggableSql('t')}`;
}

/** Report decisions, one per item and moment: key, at, decision, official_role, item…. */
function reportsSql(): string {
  return `
    SELECT 'report:' || min(f.id::text) AS key, f.decided_at AS at, f.status::text AS decision,
           max(r.role::text) AS official_role, 'post' AS item_kind, p.id AS item_id, p.topic_id
      FROM flags f JOIN posts p ON p.id = f.post_id
      LEFT JOIN users r ON r.id = f.reviewer_id
     WHERE f.content_kind = 'post' AND f.status <> 'pending' AND f.decided_at IS NOT NULL
       AND ${loggableSql('p')}
     GROUP BY p.id, p.topic_id, f.decided_at, f.status
    UNION ALL
    SELECT 'report:' || min(f.id::text), f.decided_at, f.status::text, max(r.role::text), 'topic',
           t.id, t.id
      FROM flags f JOIN topics t ON t.id = f.topic_id
      LEFT JOIN users r ON r.id = f.reviewer_id
     WHERE f.content_kind = 'topic' AND f.status <> 'pending' AND f.decided_at IS NOT NULL
       AND ${loggableSql('t')}
     GROUP BY t.id, f.decided_at, f.status`;
}

/** Tag renames and merges, from their audit rows. */
function tagChangesSql(): string {
  return `
    SELECT 'tag:' || l.id AS key, l.created_at AS at,
           CASE l.action WHEN 'tag.rename' THEN 'renamed' ELSE 'merged' END AS decision,
           u.role::text AS official_role, l.before->>'slug' AS tag_from,
           CASE l.action WHEN 'tag.rename' THEN l.after->>'slug' ELSE l.after->>'into' END AS tag_to,
           CASE l.action WHEN 'tag.rename' THEN l.after->>'label' END AS tag_label
      FROM audit_log l LEFT JOIN users u ON u.id = l.actor_id
     WHERE l.target_type = 'tag' AND l.action IN ('tag.rename', 'tag.merge')`;
}

/**
 * Every public entry, one shape: key, at, kind, decision, reason, judge, official_role,
 * item_kind, item_id, topic_id, tag_from, tag_to, tag_label.
 */
export function entriesSql(): string {
  return `
    SELECT v.key, v.at, 'verdict' AS kind, v.decision, v.reason, v.judge,
           NULL::text AS official_role, v.item_kind, v.item_id, v.topic_id,
           NULL::text AS tag_from, NULL::text AS tag_to, NULL::text AS tag_label
      FROM (${verdictsSql()}) v
    UNION ALL
    SELECT a.key, a.at, 'appeal', a.decision, a.reason, NULL, a.official_role, a.item_kind,
           a.item_id, a.topic_id, NULL, NULL, NULL
      FROM (${appealsSql()}) a
    UNION ALL
    SELECT f.key, f.at, 'report', f.decision, NULL, NULL, f.official_role, f.item_kind,
           f.item_id, f.topic_id, NULL, NULL, NULL
      FROM (${reportsSql()}) f
    UNION ALL
    SELECT g.key, g.at, 'tag', g.decision, NULL, NULL, g.official_role, NULL, NULL, NULL,
           g.tag_from, g.tag_to, g.tag_label
      FROM (${tagChangesSql()}) g`;
}

/**
 * What a reader may see of the item an entry concerns: its author and link only while it is
 * public (approved, not hidden, in a public topic); the topic's title while the topic is public.
 * A revision (docs/product.md §17) is public once approved, while its statement is: the entry
 * then leads to the statement, which carries its words.
 * Expects `ip` (the post, when the item is one), `io` (the statement `ip` revises, if it is a
 * revision), `it` (the topic) and `au` (the item's author).
 */
export const itemVisibilitySql = {
  itemPublic: `CASE en.item_kind
                 WHEN 'post' THEN (${publicSql('ip')} AND ${publicSql('it')}
                                   AND (ip.revision_of_id IS NULL OR ${publicSql('io')}))
                 WHEN 'topic' THEN ${publicSql('it')}
               END`,
  topicPublic: `(it.id IS NOT NULL AND ${publicSql('it')})`,
};
