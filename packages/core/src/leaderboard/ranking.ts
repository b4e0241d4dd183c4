// Leaderboard rank and the live top-share cut-off (docs/product.md §8), fast at a million
// citizens. The share (10% by default) is a run-time setting (`top_share_percent`), read on each
// call. Postgres cannot answer "what is my rank" in better than O(rank), so the ordering is
// mirrored in a Redis sorted set (O(log N) rank). Redis holds only rebuildable state: the set is
// rebuilt from users.loyalty_score by a job, and when it is missing every read falls back to SQL.
import type { Db } from '@overlord/db';
import type { Redis } from '@overlord/redis';

import type { SubmissionLimits } from '../limits/submission-limits.ts';
import { readSettings } from '../settings/store.ts';
import { topShareSize } from './top-share.ts';

export { DEFAULT_TOP_SHARE_PERCENT, TOP_SHARE, topShareSize } from './top-share.ts';

export const LEADERBOARD_KEY = 'leaderboard:v1';

/** What a rank read needs: the database, and Redis (the mirror, and the settings' version). */
export interface RankDeps {
  db: Db;
  redis: Redis;
  limits?: SubmissionLimits | undefined;
}

export interface Citizen {
  id: string;
  createdAt: Date;
  loyaltyScore: number;
}

/**
 * Sorted-set member: creation time (base-36, fixed width) then id, so members with equal
 * scores sort by account age — "ties: earlier account first" — and then by id.
 */
export function memberOf(c: Pick<Citizen, 'id' | 'createdAt'>): string {
  return `${c.createdAt.getTime().toString(36).padStart(10, '0')}:${c.id}`;
}

/** ZRANK sorts ascending, so the stored score is the negated loyalty (highest loyalty first). */
const zscore = (loyalty: number) => -loyalty;

/** Citizens on the leaderboard: people, not the Overlord, not erased or banned accounts. */
export const leaderboardWhere = { isSystem: false, deletedAt: null, bannedAt: null } as const;

export interface RankInfo {
  rank: number;
  total: number;
  score: number;
  /** Lowest score that is still inside the top share (null when nobody is ranked). */
  cutoffScore: number | null;
  inTopShare: boolean;
  /** The top share in force, in whole percent. */
  sharePercent: number;
  source: 'redis' | 'sql';
}

/** Mirrors one citizen's score after it changed (best effort; the rebuild job repairs misses). */
export async function syncCitizenScore(redis: Redis, citizen: Citizen): Promise<void> {
  try {
    await redis.zadd(LEADERBOARD_KEY, zscore(citizen.loyaltyScore), memberOf(citizen));
  } catch {
    // Redis down: ranks come from SQL until it returns and the next rebuild runs.
  }
}

/**
 * Mirrors a citizen's stored score after a change made elsewhere (a verdict, an appeal); drops
 * citizens who left the leaderboard (banned, erased). Best effort, like syncCitizenScore.
 */
export async function syncStoredScore(db: Db, redis: Redis, userId: string): Promise<void> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      createdAt: true,
      loyaltyScore: true,
      isSystem: true,
      deletedAt: true,
      bannedAt: true,
    },
  });
  if (!user) return;
  if (user.isSystem || user.deletedAt || user.bannedAt) {
    await dropCitizen(redis, user);
    return;
  }
  await syncCitizenScore(redis, user);
}

/** Removes a citizen from the mirror (banned or erased); best effort. */
export async function dropCitizen(
  redis: Redis,
  citizen: Pick<Citizen, 'id' | 'createdAt'>,
): Promise<void> {
  try {
    await redis.zrem(LEADERBOARD_KEY, memberOf(citizen));
  } catch {
    // Redis down: the periodic rebuild leaves the citizen out.
  }
}

/**
 * Rebuilds the sorted set from Postgres into a scratch key, then swaps it in atomically, so
 * readers never see a half-built leaderboard. Returns the number of citizens.
 */
export async function rebuildLeaderboard(
  db: Db,
  redis: Redis,
  batchSize = 10_000,
): Promise<number> {
  const scratch = `${LEADERBOARD_KEY}:rebuild:${process.pid}:${Date.now()}`;
  let cursor: string | undefined;
  let total = 0;
  try {
    for (;;) {
      const rows = await db.user.findMany({
        where: leaderboardWhere,
        select: { id: true, createdAt: true, loyaltyScore: true },
        orderBy: { id: 'asc' },
        take: batchSize,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      });
      if (rows.length === 0) break;
      const args: (string | number)[] = [];
      for (const r of rows) args.push(zscore(r.loyaltyScore), memberOf(r));
      await redis.zadd(scratch, ...args);
      total += rows.length;
      cursor = rows.at(-1)!.id;
    }
    if (total === 0) await redis.del(LEADERBOARD_KEY);
    else await redis.rename(scratch, LEADERBOARD_KEY);
    return total;
  } finally {
    await redis.del(scratch).catch(() => 0);
  }
}

async function rankFromRedis(
  redis: Redis,
  citizen: Citizen,
  sharePercent: number,
): Promise<RankInfo | null> {
  const total = await redis.zcard(LEADERBOARD_KEY);
  if (total === 0) return null;
  const k = topShareSize(total, sharePercent);
  const [rank, cutoff] = await Promise.all([
    redis.zrank(LEADERBOARD_KEY, memberOf(citizen)),
    redis.zrange(LEADERBOARD_KEY, k - 1, k - 1, 'WITHSCORES'),
  ]);
  if (rank === null) return null; // not mirrored yet: let SQL answer
  const cutoffScore = cutoff[1] === undefined ? null : -Number(cutoff[1]);
  return {
    rank: rank + 1,
    total,
    score: citizen.loyaltyScore,
    cutoffScore,
    inTopShare: rank + 1 <= k,
    sharePercent,
    source: 'redis',
  };
}

/** Exact rank from Postgres: O(rank), fine for single lookups, the fallback for the mirror. */
async function rankFromSql(db: Db, citizen: Citizen, sharePercent: number): Promise<RankInfo> {
  const [ahead, total] = await Promise.all([
    db.user.count({
      where: {
        ...leaderboardWhere,
        OR: [
          { loyaltyScore: { gt: citizen.loyaltyScore } },
          { loyaltyScore: citizen.loyaltyScore, createdAt: { lt: citizen.createdAt } },
          {
            loyaltyScore: citizen.loyaltyScore,
            createdAt: citizen.createdAt,
            id: { lt: citizen.id },
          },
        ],
      },
    }),
    db.user.count({ where: leaderboardWhere }),
  ]);
  const k = topShareSize(total, sharePercent);
  const cutoff =
    k === 0
      ? null
      : await db.user.findFirst({
          where: leaderboardWhere,
          orderBy: [{ loyaltyScore: 'desc' }, { createdAt: 'asc' }, { id: 'asc' }],
          skip: k - 1,
          select: { loyaltyScore: true },
        });
  return {
    rank: ahead + 1,
    total,
    score: citizen.loyaltyScore,
    cutoffScore: cutoff?.loyaltyScore ?? null,
    inTopShare: ahead + 1 <= k,
    sharePercent,
    source: 'sql',
  };
}

/** A citizen's rank, from Redis when the mirror is there, else from Postgres. */
export async function rankOf(deps: RankDeps, userId: string): Promise<RankInfo | null> {
  const [citizen, { topSharePercent }] = await Promise.all([
    findCitizen(deps.db, userId),
    readSettings(deps),
  ]);
  if (!citizen) return null;
  const fromRedis = await rankFromRedis(deps.redis, citizen, topSharePercent).catch(() => null);
  return fromRedis ?? rankFromSql(deps.db, citizen, topSharePercent);
}

const findCitizen = (db: Db, userId: string) =>
  db.user.findFirst({
    where: { id: userId, ...leaderboardWhere },
    select: { id: true, createdAt: true, loyaltyScore: true },
  });

export interface LoyaltyStanding {
  rank: number;
  total: number;
  /** How many places make the top share (at least one). */
  cutoffRank: number;
  /**
   * May create topics (docs/product.md §4): inside the top share with a positive score. The name
   * is from when the share was always 10%; it means the share in force (`sharePercent`).
   */
  inTop10Percent: boolean;
  /** The top share in force, in whole percent (settings `top_share_percent`). */
  sharePercent: number;
}

/**
 * The live topic-proposal right, straight from Postgres so a permission never rests on a stale
 * mirror, with the top share in force (a change applies from the next request). A zero or
 * negative score earns nothing, even on an empty platform.
 */
export async function loyaltyStanding(
  deps: RankDeps,
  userId: string,
): Promise<LoyaltyStanding | null> {
  const [citizen, { topSharePercent }] = await Promise.all([
    findCitizen(deps.db, userId),
    readSettings(deps),
  ]);
  if (!citizen) return null;
  const info = await rankFromSql(deps.db, citizen, topSharePercent);
  return {
    rank: info.rank,
    total: info.total,
    cutoffRank: topShareSize(info.total, topSharePercent),
    inTop10Percent: info.inTopShare && citizen.loyaltyScore > 0,
    sharePercent: topSharePercent,
  };
}
