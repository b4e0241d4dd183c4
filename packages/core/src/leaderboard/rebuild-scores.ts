// Loyalty is stored on the user and moved with each event; this proves (and, if asked, repairs)
// that every stored score equals the sum of that citizen's moderation events (docs/product.md §8).
import type { Db } from '@overlord/db';

export interface ScoreDifference {
  userId: string;
  username: string;
  stored: number;
  fromEvents: number;
}

export async function findScoreDifferences(db: Db): Promise<ScoreDifference[]> {
  const rows = await db.$queryRaw<
    { user_id: string; username: string; stored: number; from_events: bigint }[]
  >`
    SELECT u.id AS user_id, u.username::text AS username, u.loyalty_score AS stored,
           COALESCE(e.total, 0) AS from_events
    FROM users u
    LEFT JOIN (SELECT user_id, sum(delta) AS total FROM moderation_events GROUP BY user_id) e
      ON e.user_id = u.id
    WHERE u.loyalty_score <> COALESCE(e.total, 0)
    ORDER BY u.id`;
  return rows.map((r) => ({
    userId: r.user_id,
    username: r.username,
    stored: r.stored,
    fromEvents: Number(r.from_events),
  }));
}

/** Sets every differing score to its event sum, in one statement; returns how many changed. */
export async function repairScores(db: Db): Promise<number> {
  return db.$executeRaw`
    UPDATE users u SET loyalty_score = COALESCE(e.total, 0)
    FROM users u2
    LEFT JOIN (SELECT user_id, sum(delta)::int AS total FROM moderation_events GROUP BY user_id) e
      ON e.user_id = u2.id
    WHERE u.id = u2.id AND u.loyalty_score <> COALESCE(e.total, 0)`;
}
