import { createRedis, type Redis, whenReady } from '@overlord/redis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import '../../../tests/helpers/provided.ts';
import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/database.ts';
import {
  LEADERBOARD_KEY,
  rankOf,
  rebuildLeaderboard,
  syncCitizenScore,
  topShareSize,
} from '../src/leaderboard/ranking.ts';
import { findScoreDifferences, repairScores } from '../src/leaderboard/rebuild-scores.ts';
import { loyaltyWeights, recordModerationEvent } from '../src/loyalty.ts';

let database: TestDatabase;
let redis: Redis;
const users: { id: string; username: string; loyaltyScore: number; createdAt: Date }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  redis = createRedis(inject('redisUrl'), 'leaderboard-test');
  await whenReady(redis, 5_000);
  await redis.del(LEADERBOARD_KEY);
  const base = Date.UTC(2026, 0, 1);
  // 25 citizens; scores repeat so ties must fall back to account age.
  for (let i = 0; i < 25; i++) {
    users.push(
      await database.db.user.create({
        data: {
          username: `citizen_${String(i).padStart(2, '0')}`,
          loyaltyScore: [5, 3, 3, 0, -2][i % 5]!,
          createdAt: new Date(base + (25 - i) * 60_000), // later index = older account
        },
        select: { id: true, username: true, loyaltyScore: true, createdAt: true },
      }),
    );
  }
  await database.db.user.create({
    data: { username: 'TheOverlord', isSystem: true, loyaltyScore: 999 },
  });
});

afterAll(async () => {
  await redis.del(LEADERBOARD_KEY);
  redis.disconnect();
  await database?.drop();
});

const expectedOrder = () =>
  [...users].sort(
    (a, b) => b.loyaltyScore - a.loyaltyScore || a.createdAt.getTime() - b.createdAt.getTime(),
  );

describe('leaderboard', () => {
  it('ranks from SQL when the Redis mirror is absent: score first, then older account', async () => {
    const order = expectedOrder();
    for (const [i, u] of order.entries()) {
      const info = await rankOf({ db: database.db, redis }, u.id);
      expect(info).toMatchObject({ rank: i + 1, total: 25, source: 'sql' });
    }
  });

  it('ranks from the rebuilt Redis mirror identically, with the same top-10% cut-off', async () => {
    expect(await rebuildLeaderboard(database.db, redis, 7)).toBe(25);
    const order = expectedOrder();
    const k = topShareSize(25);
    expect(k).toBe(3);
    for (const [i, u] of order.entries()) {
      const info = await rankOf({ db: database.db, redis }, u.id);
      expect(info).toMatchObject({
        rank: i + 1,
        total: 25,
        source: 'redis',
        cutoffScore: order[k - 1]!.loyaltyScore,
        inTopShare: i + 1 <= k,
      });
    }
  });

  it('moves a citizen when their score changes and is mirrored', async () => {
    const last = expectedOrder().at(-1)!;
    const updated = await database.db.user.update({
      where: { id: last.id },
      data: { loyaltyScore: 50 },
      select: { id: true, createdAt: true, loyaltyScore: true },
    });
    await syncCitizenScore(redis, updated);
    expect(await rankOf({ db: database.db, redis }, last.id)).toMatchObject({
      rank: 1,
      inTopShare: true,
      source: 'redis',
    });
    last.loyaltyScore = 50;
  });

  it('leaves the Overlord off the board', async () => {
    const overlord = await database.db.user.findFirstOrThrow({ where: { isSystem: true } });
    expect(await rankOf({ db: database.db, redis }, overlord.id)).toBeNull();
  });
});

describe('score rebuild', () => {
  it('finds stored scores that differ from the event sum, and repairs them', async () => {
    // users above were created with scores but no events: every non-zero one differs.
    const differing = users.filter((u) => u.loyaltyScore !== 0).length;
    expect(await findScoreDifferences(database.db)).toHaveLength(differing + 1); // + the Overlord
    await repairScores(database.db);
    expect(await findScoreDifferences(database.db)).toEqual([]);

    const u = users[0]!;
    await database.db.$transaction((tx) =>
      recordModerationEvent(
        tx,
        { idempotencyKey: 'test:1', userId: u.id, kind: 'topic_approved' },
        loyaltyWeights,
      ),
    );
    // Recording the same event twice changes nothing.
    const again = await database.db.$transaction((tx) =>
      recordModerationEvent(
        tx,
        { idempotencyKey: 'test:1', userId: u.id, kind: 'topic_approved' },
        loyaltyWeights,
      ),
    );
    expect(again).toBe(false);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: u.id } })).loyaltyScore).toBe(
      5,
    );
    expect(await findScoreDifferences(database.db)).toEqual([]);
  });
});
