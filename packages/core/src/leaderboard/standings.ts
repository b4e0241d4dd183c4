// The public leaderboard and the Registry (docs/product.md §8, §9): pages of citizens with their
// exact rank. Ranks come from Postgres (the users_leaderboard_idx order), never from the Redis
// mirror, so a page and the topic-proposal right it shows always agree.
import { type Db, Prisma } from '@overlord/db';

import { readSettings } from '../settings/store.ts';
import { leaderboardWhere, type RankDeps } from './ranking.ts';
import { topShareSize } from './top-share.ts';

export interface BadgeSummary {
  slug: string;
  name: string;
  description: string;
  polarity: 'positive' | 'negative';
}

export interface RankedCitizen {
  rank: number;
  username: string;
  loyaltyScore: number;
  createdAt: Date;
  badges: BadgeSummary[];
}

export interface TopShareCutoff {
  /** Citizens on the board. */
  total: number;
  /** How many places make the top share (at least one once anyone is ranked). */
  cutoffRank: number;
  /** The lowest score still inside the top share; null when nobody is ranked. */
  cutoffScore: number | null;
  /** The top share in force, in whole percent (settings `top_share_percent`). */
  sharePercent: number;
}

export interface CitizenPage {
  items: RankedCitizen[];
  page: number;
  pageCount: number;
  /** Citizens matching the query (all citizens when there is none). */
  matching: number;
  cutoff: TopShareCutoff;
}

const leaderboardOrder = [
  { loyaltyScore: 'desc' },
  { createdAt: 'asc' },
  { id: 'asc' },
] satisfies Prisma.UserOrderByWithRelationInput[];

const badgeSelect = {
  userId: true,
  badge: { select: { slug: true, name: true, description: true, polarity: true } },
} satisfies Prisma.BadgeAwardSelect;

/** Badges of several citizens in one query, positive ones first. */
export async function badgesOf(db: Db, userIds: string[]): Promise<Map<string, BadgeSummary[]>> {
  const byUser = new Map<string, BadgeSummary[]>();
  if (userIds.length === 0) return byUser;
  const awards = await db.badgeAward.findMany({
    where: { userId: { in: userIds } },
    select: badgeSelect,
    orderBy: [{ badge: { polarity: 'asc' } }, { awardedAt: 'asc' }],
  });
  for (const a of awards) {
    const list = byUser.get(a.userId) ?? [];
    list.push(a.badge);
    byUser.set(a.userId, list);
  }
  return byUser;
}

/** The live top-share line: the same rule as the topic-creation right (ranking.ts). */
export async function topShareCutoff(deps: RankDeps): Promise<TopShareCutoff> {
  const { db } = deps;
  const [total, { topSharePercent }] = await Promise.all([
    db.user.count({ where: leaderboardWhere }),
    readSettings(deps),
  ]);
  const cutoffRank = topShareSize(total, topSharePercent);
  const last =
    cutoffRank === 0
      ? null
      : await db.user.findFirst({
          where: leaderboardWhere,
          orderBy: leaderboardOrder,
          skip: cutoffRank - 1,
          select: { loyaltyScore: true },
        });
  return {
    total,
    cutoffRank,
    cutoffScore: last?.loyaltyScore ?? null,
    sharePercent: topSharePercent,
  };
}

const pageCountOf = (matching: number, pageSize: number) =>
  Math.max(1, Math.ceil(matching / pageSize));

/**
 * All citizens by score, ties to the earlier account (docs/product.md §8). Offset paging on the
 * index.
 */
export async function leaderboardPage(
  deps: RankDeps,
  input: { page: number; pageSize: number },
): Promise<CitizenPage> {
  const { db } = deps;
  const cutoff = await topShareCutoff(deps);
  const offset = (input.page - 1) * input.pageSize;
  const rows = await db.user.findMany({
    where: leaderboardWhere,
    orderBy: leaderboardOrder,
    skip: offset,
    take: input.pageSize,
    select: { id: true, username: true, loyaltyScore: true, createdAt: true },
  });
  const badges = await badgesOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r, i) => ({
      rank: offset + i + 1,
      username: r.username,
      loyaltyScore: r.loyaltyScore,
      createdAt: r.createdAt,
      badges: badges.get(r.id) ?? [],
    })),
    page: input.page,
    pageCount: pageCountOf(cutoff.total, input.pageSize),
    matching: cutoff.total,
    cutoff,
  };
}

/** `%`, `_` and `\` are LIKE wildcards: a search for "a_b" means those three characters. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The Registry: citizens by name (alphabetical), searchable, each with their leaderboard rank.
 * The rank is a window over the whole board, so a search result still shows its true place.
 */
export async function registryPage(
  deps: RankDeps,
  input: { q?: string | undefined; page: number; pageSize: number },
): Promise<CitizenPage> {
  const { db } = deps;
  const cutoff = await topShareCutoff(deps);
  const offset = (input.page - 1) * input.pageSize;
  const match = input.q ? Prisma.sql`WHERE username ILIKE ${likePattern(input.q)}` : Prisma.empty;
  const ranked = Prisma.sql`
    WITH ranked AS (
      SELECT id, username::text AS username, loyalty_score, created_at,
             row_number() OVER (ORDER BY loyalty_score DESC, created_at ASC, id ASC) AS rank
      FROM users
      WHERE is_system = false AND deleted_at IS NULL AND banned_at IS NULL
    )`;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<
      { id: string; username: string; loyalty_score: number; created_at: Date; rank: bigint }[]
    >`${ranked}
      SELECT id, username, loyalty_score, created_at, rank FROM ranked ${match}
      ORDER BY lower(username), id
      LIMIT ${input.pageSize} OFFSET ${offset}`,
    db.$queryRaw<[{ matching: bigint }]>`${ranked}
      SELECT count(*) AS matching FROM ranked ${match}`,
  ]);
  const badges = await badgesOf(
    db,
    rows.map((r) => r.id),
  );
  const matching = Number(count?.matching ?? 0);
  return {
    items: rows.map((r) => ({
      rank: Number(r.rank),
      username: r.username,
      loyaltyScore: r.loyalty_score,
      createdAt: r.created_at,
      badges: badges.get(r.id) ?? [],
    })),
    page: input.page,
    pageCount: pageCountOf(matching, input.pageSize),
    matching,
    cutoff,
  };
}
