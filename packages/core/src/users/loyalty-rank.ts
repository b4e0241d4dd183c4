// Live leaderboard facts (SPEC §8): rank by score, ties to the earlier account; the top 10%
// of citizens may create topics (SPEC §4). Computed on every call, never cached.
import type { Db } from '@overlord/db';

/** Users on the leaderboard: real, present, not banned. */
const onBoard = { isSystem: false, deletedAt: null, bannedAt: null } as const;

export interface LoyaltyStanding {
  rank: number;
  total: number;
  /** How many places make the top 10% (at least one). */
  cutoffRank: number;
  inTop10Percent: boolean;
}

export async function loyaltyStanding(db: Db, userId: string): Promise<LoyaltyStanding | null> {
  const me = await db.user.findFirst({
    where: { id: userId, ...onBoard },
    select: { id: true, loyaltyScore: true, createdAt: true },
  });
  if (!me) return null;
  const [ahead, total] = await Promise.all([
    db.user.count({
      where: {
        ...onBoard,
        OR: [
          { loyaltyScore: { gt: me.loyaltyScore } },
          { loyaltyScore: me.loyaltyScore, createdAt: { lt: me.createdAt } },
          { loyaltyScore: me.loyaltyScore, createdAt: me.createdAt, id: { lt: me.id } },
        ],
      },
    }),
    db.user.count({ where: onBoard }),
  ]);
  const cutoffRank = Math.max(1, Math.ceil(total / 10));
  const rank = ahead + 1;
  // A zero or negative score earns nothing, even on an empty platform.
  return { rank, total, cutoffRank, inTop10Percent: rank <= cutoffRank && me.loyaltyScore > 0 };
}
