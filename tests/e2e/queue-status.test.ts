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

describe('status of a topic proposal and of a private message', () => {
  it('gives a proposal its place in the global queue, an estimate and commentary', async () => {
    // Recent history: proposals that each took six seconds from review to verdict.
    const decidedAt = new Date(Date.now() - 60_000);
    await database.db.topic.createMany({
      data: Array.from({ length: 5 }, (_, i) => ({
        title: `An earlier proposal on record, number ${i}?`,
        description: 'Decided a minute ago, to give the estimate its basis.',
        authorId: stableId('user:citizen_ada'),
        status: 'approved' as const,
        submittedAt: new Date(decidedAt.getTime() - 10_000),
        reviewStartedAt: new Date(decidedAt.getTime() - 6_000),
        decidedAt,
      })),
    });
    const olga = (await stack.signIn('moderator_olga')).client;
    const proposal = await olga.topics.create.mutate({
      title: 'Should every district run its own night bus line?',
      description:
        'Night buses serve shift workers; districts know their own streets and their own shifts.',
    });
    const waiting = await database.db.topic.count({
      where: { status: 'pending', isSystem: false },
    });
    const status = await olga.topics.status.query({ id: proposal.id });
    expect(status).toMatchObject({
      id: proposal.id,
      status: 'pending',
      reviewState: 'waiting',
      position: waiting,
      queueLength: waiting,
      etaSeconds: waiting * 6,
    });
    expect(status.commentary).toMatch(new RegExp(`^Position #${waiting} of ${waiting}\\.`));
    // A pending proposal is public, so its card is too; once rejected, only its author's.
    expect((await stack.client().topics.status.query({ id: proposal.id })).position).toBe(waiting);
    await database.db.topic.update({
      where: { id: proposal.id },
      data: { status: 'rejected', decidedAt: new Date(), feedback: 'Not a question.' },
    });
    expect(await olga.topics.status.query({ id: proposal.id })).toMatchObject({
      reviewState: 'decided',
      status: 'rejected',
      position: null,
      etaSeconds: null,
      feedback: 'Not a question.',
    });
    await expect(stack.client().topics.status.query({ id: proposal.id })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
  });

  it('gives the sender of a waiting message its estimate and the Overlord’s commentary', async () => {
    const sent: { id: string }[] = [];
    for (const body of [
      'Ada, the night bus plan needs your district, because your streets carry most late shifts.',
      'Ada, a second point: shared depots would halve the cost of running the night lines.',
    ]) {
      sent.push(await vera.messages.send.mutate({ to: 'citizen_ada', body }));
    }
    const status = await vera.messages.status.query({ id: sent[1]!.id });
    expect(status).toMatchObject({ status: 'pending', position: 2, queueLength: 2 });
    expect(status.commentary).toMatch(/^Position #2 of 2\./);
    // No message was judged lately: no basis for an estimate, and none is invented.
    expect(status.etaSeconds).toBeNull();
    const thread = await vera.messages.thread.query({ with: 'citizen_ada' });
    const item = thread.items.find((m) => m.id === sent[1]!.id)!;
    expect(item).toMatchObject({ position: 2, commentary: status.commentary, etaSeconds: null });

    // With recent reviews of messages, the estimate follows them (two of about 3 s).
    const conversation = await database.db.privateMessage.findUniqueOrThrow({
      where: { id: sent[0]!.id },
      select: { conversationId: true, senderId: true, recipientId: true },
    });
    const decidedAt = new Date(Date.now() - 60_000);
    await database.db.privateMessage.create({
      data: {
        ...conversation,
        body: 'An earlier message on record.',
        status: 'approved',
        submittedAt: new Date(decidedAt.getTime() - 10_000),
        reviewStartedAt: new Date(decidedAt.getTime() - 3_000),
        decidedAt,
        deliveredAt: decidedAt,
      },
    });
    await waitFor(
      async () => (await vera.messages.status.query({ id: sent[1]!.id })).etaSeconds === 6,
      15_000,
    );
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
    const nuclearQueue = overview.queues.find((q) => q.key === stableId('topic:nuclear'));
    expect(nuclearQueue?.length).toBe(1);
    // Watchers hear the Overlord on the head of each tube; an empty tube has nothing to say.
    expect(nuclearQueue?.headCommentary).toMatch(/^Position #1 of 1\./);
    for (const queue of overview.queues) {
      expect(queue.headCommentary === null).toBe(queue.length === 0);
    }
    // Citizens see capsules, never their contents.
    expect(overview.inTransit.every((item) => item.preview === null)).toBe(true);
    expect(id).toBeTruthy();
  });
});
