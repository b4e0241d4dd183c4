// Following a topic (docs/product.md §21): a citizen's own list of topics, each with when they
// last saw it, so the topic and the list can say what is new since then.
import type { Db } from '@overlord/db';

import type { Actor } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { publicWhere, statementOnlySql } from '../visibility.ts';

/**
 * Approved public statements of topic `f.topic_id` that are new to follower `f.user_id` since
 * `since`: someone else's, and not by a citizen they blocked (docs/product.md §20).
 */
export const newStatementsSql = (since: string) => `
  FROM posts p
 WHERE p.topic_id = f.topic_id AND p.status = 'approved' AND p.hidden_at IS NULL
   AND ${statementOnlySql('p')} AND p.author_id <> f.user_id AND p.decided_at > ${since}
   AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = f.user_id
                                            AND b.blocked_id = p.author_id)`;

async function publicTopic(db: Db, topicId: string) {
  const topic = await db.topic.findFirst({
    where: { id: topicId, ...publicWhere },
    select: { id: true, title: true },
  });
  if (!topic) throw new DomainError('NOT_FOUND', 'No such topic exists in the public record.');
  return topic;
}

export async function followTopic(db: Db, actor: Actor, topicId: string) {
  await publicTopic(db, topicId);
  await db.topicFollow.upsert({
    where: { userId_topicId: { userId: actor.id, topicId } },
    create: { userId: actor.id, topicId },
    update: {},
  });
  return { topicId, following: true };
}

export async function unfollowTopic(db: Db, actor: Actor, topicId: string) {
  await db.topicFollow.deleteMany({ where: { userId: actor.id, topicId } });
  return { topicId, following: false };
}

/** Whether the caller follows the topic, when they last saw it and how much is new since. */
export async function followState(db: Db, actor: Actor, topicId: string) {
  const [row] = await db.$queryRawUnsafe<{ last_seen_at: Date; new_count: number }[]>(
    `SELECT f.last_seen_at, (SELECT count(*)::int ${newStatementsSql('f.last_seen_at')}) AS new_count
       FROM topic_follows f
      WHERE f.user_id = $1::uuid AND f.topic_id = $2::uuid`,
    actor.id,
    topicId,
  );
  return row
    ? { following: true, lastSeenAt: row.last_seen_at, newSinceLastVisit: row.new_count }
    : { following: false, lastSeenAt: null, newSinceLastVisit: 0 };
}

/** The reader has seen the topic now: its "new" markers start again from here. */
export async function markTopicSeen(db: Db, actor: Actor, topicId: string) {
  const { count } = await db.topicFollow.updateMany({
    where: { userId: actor.id, topicId },
    data: { lastSeenAt: new Date() },
  });
  return { topicId, following: count > 0 };
}

/** The caller's followed public topics, unread first, then by latest statement. */
export async function listFollowed(db: Db, actor: Actor) {
  const rows = await db.$queryRawUnsafe<
    {
      topic_id: string;
      title: string;
      last_seen_at: Date;
      new_count: number;
      latest_at: Date | null;
    }[]
  >(
    `SELECT t.id::text AS topic_id, t.title, f.last_seen_at,
            (SELECT count(*)::int ${newStatementsSql('f.last_seen_at')}) AS new_count,
            (SELECT max(p.decided_at) FROM posts p
              WHERE p.topic_id = t.id AND p.status = 'approved' AND p.hidden_at IS NULL
                AND ${statementOnlySql('p')}) AS latest_at
       FROM topic_follows f
       JOIN topics t ON t.id = f.topic_id AND t.status IN ('approved', 'pending')
                    AND t.hidden_at IS NULL
      WHERE f.user_id = $1::uuid
      ORDER BY (SELECT count(*) ${newStatementsSql('f.last_seen_at')}) > 0 DESC,
               latest_at DESC NULLS LAST, t.id DESC
      LIMIT 200`,
    actor.id,
  );
  return rows.map((r) => ({
    topic: { id: r.topic_id, title: r.title },
    lastSeenAt: r.last_seen_at,
    newSinceLastVisit: r.new_count,
    latestStatementAt: r.latest_at,
  }));
}
