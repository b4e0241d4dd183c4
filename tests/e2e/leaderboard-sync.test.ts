// The Redis leaderboard mirror follows every score change: a verdict moves the author, a ban
// takes the citizen off the board, an unban puts them back (docs/product.md §8; ranks served from
// Redis).
import { stableId } from '@overlord/db';
import { seed } from '@overlord/db/seed';
import {
  LEADERBOARD_KEY,
  loyaltyStanding,
  memberOf,
  rankOf,
  rebuildLeaderboard,
} from '@overlord/core/leaderboard';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack, waitFor } from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
const vera = stableId('user:citizen_vera');

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  stack = await startTestStack({ db: database.db, databaseUrl: database.url });
  // The worker first judges what the seed left waiting, which moves scores too.
  await waitFor(async () => (await database.db.post.count({ where: { status: 'pending' } })) === 0);
  await stack.deps.redis.del(LEADERBOARD_KEY);
  await rebuildLeaderboard(database.db, stack.deps.redis);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const citizen = () =>
  database.db.user.findUniqueOrThrow({
    where: { id: vera },
    select: { id: true, createdAt: true, loyaltyScore: true },
  });
const mirrored = async () => stack.deps.redis.zscore(LEADERBOARD_KEY, memberOf(await citizen()));

describe('leaderboard mirror', () => {
  it('moves the author as soon as a verdict changes the score', async () => {
    const before = (await citizen()).loyaltyScore;
    const { client } = await stack.signIn('citizen_vera');
    const { id } = await client.posts.submit.mutate({
      topicId: stableId('topic:transit'),
      body: 'Dedicated bus lanes cut journey times, because buses stop waiting in general traffic.',
    });
    await waitFor(
      async () =>
        (await database.db.post.findUniqueOrThrow({ where: { id } })).status !== 'pending',
    );
    const after = (await citizen()).loyaltyScore;
    expect(after).toBe(before + 1);
    await waitFor(async () => Number(await mirrored()) === -after);
    // Redis and SQL agree on the rank.
    const fromRedis = await rankOf(stack.deps, vera);
    const fromSql = await loyaltyStanding(stack.deps, vera);
    expect(fromRedis?.source).toBe('redis');
    expect(fromRedis?.rank).toBe(fromSql?.rank);
  });

  it('drops a banned citizen and restores them on unban', async () => {
    const { client: nadia } = await stack.signIn('superadmin_nadia');
    await nadia.admin.ban.mutate({ userId: vera, reason: 'Counter-revolutionary punctuation.' });
    expect(await mirrored()).toBeNull();
    await nadia.admin.unban.mutate({ userId: vera, reason: 'Pardoned.' });
    expect(Number(await mirrored())).toBe(-(await citizen()).loyaltyScore);
  });
});
