// Queue status (docs/product.md §7): each waiting item's position, state, estimated wait and the
// Overlord's commentary; the public overview. The worker is off so that items stay queued.
import { stableId } from '@overlord/db';
import { seed } from '@overlord/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack, waitFor } from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let vera: Awaited<ReturnType<TestStack['signIn']>>['client'];
const transit = stableId('topic:transit');

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  stack = await startTestStack({ db: database.db, databaseUrl: database.url, worker: false });
  vera = (await stack.signIn('citizen_vera')).client;
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

/** Recent history: posts that each took `seconds` from review to verdict a minute ago. */
async function recentReviews(count: number, seconds: number) {
  const decidedAt = new Date(Date.now() - 60_000);
  await database.db.post.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      topicId: stableId('topic:nuclear'),
      authorId: stableId('user:citizen_ada'),
      body: `An earlier statement on record, number ${i}.`,
      status: 'approved' as const,
      submittedAt: new Date(decidedAt.getTime() - 10_000),
      reviewStartedAt: new Date(decidedAt.getTime() - seconds * 1000),
      decidedAt,
    })),
  });
}

describe('status of a queued post', () => {
  it('gives position, state, an estimate from recent reviews and commentary', async () => {
    await recentReviews(10, 4);
    // An empty queue to start from (the seed leaves a post waiting in this topic).
    await database.db.post.deleteMany({ where: { topicId: transit, status: 'pending' } });
    const submitted = [];
    for (const body of [
      'Night buses let shift workers reach jobs, because most shifts end after the last train.',
      'Trams outlive buses by decades, so their higher cost is spread over more years of service.',
      'A bus every ten minutes needs no timetable, because riders simply turn up and wait briefly.',
    ]) {
      submitted.push(await vera.posts.submit.mutate({ topicId: transit, body }));
    }
    const third = await vera.posts.status.query({ id: submitted[2]!.id });
    expect(third).toMatchObject({ status: 'pending', reviewState: 'waiting', position: 3 });
    expect(third.queueLength).toBe(3);
    // Three reviews of about four seconds each.
    expect(third.etaSeconds).toBe(12);
    expect(third.commentary).toMatch(/^Position #3 of 3\./);

    // The first one on the inspection desk: half a review to go, and the Overlord says so.
    await database.db.post.update({
      where: { id: submitted[0]!.id },
      data: { reviewStartedAt: new Date() },
    });
    const first = await vera.posts.status.query({ id: submitted[0]!.id });
    expect(first).toMatchObject({ reviewState: 'in_review', position: 1, etaSeconds: 2 });
    expect(first.commentary).toMatch(/review|inspection desk/i);
  });

  it('gives no estimate for a decided post', async () => {
    const [decided] = await database.db.post.findMany({
      where: { status: 'approved', topicId: stableId('topic:nuclear') },
      take: 1,
      select: { id: true },
    });
    const status = await stack.client().posts.status.query({ id: decided!.id });
    expect(status).toMatchObject({ reviewState: 'decided', position: null, etaSeconds: null });
  });
});

describe('public overview', () => {
  it('serves concurrent watchers from one computation and picks up new items', async () => {
    const client = stack.client();
    const [a, b] = await Promise.all([
      client.queues.overview.query(),
      client.queues.overview.query(),
    ]);
    expect(a.generatedAt.getTime()).toBe(b.generatedAt.getTime());

    const { id } = await vera.posts.submit.mutate({
      topicId: stableId('topic:nuclear'),
      body: 'Reactors run at night and in still weather, so they complement wind and solar farms.',
    });
    // Within the cache's lifetime (about two seconds) the new item appears.
    await waitFor(async () =>
      (await client.queues.overview.query()).inTransit.some(
        (item) => item.queueKey === stableId('topic:nuclear'),
      ),
    );
    const overview = await client.queues.overview.query();
    expect(overview.queues.find((q) => q.key === stableId('topic:nuclear'))?.length).toBe(1);
    // Citizens see capsules, never their contents.
    expect(overview.inTransit.every((item) => item.preview === null)).toBe(true);
    expect(id).toBeTruthy();
  });
});
