// Sanctions (docs/product.md §10) hold on every submission path: a freeze refuses posts, topic
// proposals and private messages; a rate limit counts all three together; a lifted sanction is
// over.
import { stableId } from '@overlord/db';
import { seed } from '@overlord/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let ada: Awaited<ReturnType<TestStack['signIn']>>['client'];
const adaId = stableId('user:citizen_ada');
const olgaId = stableId('user:moderator_olga');
const transit = stableId('topic:transit');

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  stack = await startTestStack({ db: database.db, databaseUrl: database.url, worker: false });
  ada = (await stack.signIn('citizen_ada')).client;
  // Topic proposals need the top 10%; Ada is far ahead.
  await database.db.user.update({ where: { id: adaId }, data: { loyaltyScore: 10_000 } });
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: { message: string; data?: { code?: string } }) => ({
      code: e.data?.code,
      message: e.message,
    }),
  );
const submitted = () =>
  Promise.all([
    database.db.post.count({ where: { authorId: adaId } }),
    database.db.topic.count({ where: { authorId: adaId } }),
    database.db.privateMessage.count({ where: { senderId: adaId } }),
  ]);

describe('sanctions', () => {
  it('a freeze refuses every kind of submission and stores nothing', async () => {
    const sanction = await database.db.sanction.create({
      data: {
        userId: adaId,
        kind: 'freeze',
        reason: 'Excessive exclamation marks.',
        endsAt: new Date(Date.now() + 3_600_000),
        issuedById: olgaId,
      },
    });
    const before = await submitted();
    const attempts = await Promise.all([
      refusal(
        ada.posts.submit.mutate({
          topicId: transit,
          body: 'Buses should run all night, because shifts end late.',
        }),
      ),
      refusal(
        ada.topics.create.mutate({
          title: 'Should night buses be free?',
          description: 'Whether night services should charge fares, given who rides them and when.',
        }),
      ),
      refusal(
        ada.messages.send.mutate({
          to: 'citizen_boris',
          body: 'Boris, the night bus argument is strong.',
        }),
      ),
    ]);
    for (const attempt of attempts) {
      expect(attempt?.code).toBe('FORBIDDEN');
      expect(attempt?.message).toMatch(/your speech is frozen until/);
    }
    expect(await submitted()).toEqual(before);

    // Lifted: speech returns.
    await database.db.sanction.update({
      where: { id: sanction.id },
      data: { liftedAt: new Date(), liftedById: olgaId },
    });
    const post = await ada.posts.submit.mutate({
      topicId: transit,
      body: 'Night buses carry nurses home, because hospital shifts end after midnight.',
    });
    expect(post.status).toBe('pending');
  });

  it('a rate limit counts posts, topics and messages together', async () => {
    await database.db.sanction.create({
      data: {
        userId: adaId,
        kind: 'rate_limit',
        rateLimitCount: 2,
        rateLimitWindowSeconds: 3_600,
        reason: 'Filibustering.',
        issuedById: olgaId,
      },
    });
    // One post in the window already (previous test); one more message fits.
    await ada.messages.send.mutate({
      to: 'citizen_boris',
      body: 'Boris, do you take the night bus yourself?',
    });
    const third = await refusal(
      ada.posts.submit.mutate({
        topicId: transit,
        body: 'Night buses are cheaper than taxis for the city, because one bus replaces dozens of rides.',
      }),
    );
    expect(third).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(third?.message).toMatch(/rate of speech is restricted: 2 statements per 1 hour/);
  });
});
