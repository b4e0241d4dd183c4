// Calibrate (docs/product.md §5): a post returned with guidance counts neither way and can be
// resubmitted once by its author, taking the original's place in the thread.
import { stableId } from '@overlord/db';
import { seed } from '@overlord/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack, waitFor } from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let vera: Awaited<ReturnType<TestStack['signIn']>>['client'];
let boris: Awaited<ReturnType<TestStack['signIn']>>['client'];
const transit = stableId('topic:transit');

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  stack = await startTestStack({ db: database.db, databaseUrl: database.url });
  vera = (await stack.signIn('citizen_vera')).client;
  boris = (await stack.signIn('citizen_boris')).client;
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const decided = (id: string) =>
  waitFor(async () => {
    const status = await vera.posts.status.query({ id });
    return status.status !== 'pending' && status;
  }, 10_000);
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: { data?: { code?: string } }) => e.data?.code ?? String(e),
  );

describe('calibration and resubmission', () => {
  it('returns a post with guidance, then accepts one improved resubmission', async () => {
    const score = async () =>
      (await database.db.user.findUniqueOrThrow({ where: { username: 'citizen_vera' } }))
        .loyaltyScore;
    const first = await vera.posts.submit.mutate({
      topicId: transit,
      body: 'Everyone knows this is true.',
    });
    const verdict = await decided(first.id);
    expect(verdict.status).toBe('calibrate');
    expect(verdict.feedback).toBeTruthy();
    const before = await score();
    // Calibration moves no score and writes no loyalty event.
    expect(await database.db.moderationEvent.count({ where: { postId: first.id } })).toBe(0);

    // Someone else cannot resubmit it; an approved post cannot be "resubmitted".
    expect(
      await codeOf(
        boris.posts.submit.mutate({
          topicId: transit,
          body: 'Mine now.',
          resubmissionOf: first.id,
        }),
      ),
    ).toBe('NOT_FOUND');

    const second = await vera.posts.submit.mutate({
      topicId: transit,
      body: 'Free fares raise ridership, because according to the city transit report riders doubled after fares were removed.',
      resubmissionOf: first.id,
    });
    expect(second.status).toBe('pending');
    const stored = await database.db.post.findUniqueOrThrow({ where: { id: second.id } });
    expect(stored.resubmissionOfId).toBe(first.id);
    expect((await decided(second.id)).status).toBe('approved');
    expect(await score()).toBe(before + 1);

    // Once is enough: the original cannot be resubmitted again, and approved posts never.
    expect(
      await codeOf(
        vera.posts.submit.mutate({
          topicId: transit,
          body: 'Again, differently.',
          resubmissionOf: first.id,
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      await codeOf(
        vera.posts.submit.mutate({
          topicId: transit,
          body: 'Improving the approved.',
          resubmissionOf: second.id,
        }),
      ),
    ).toBe('PRECONDITION_FAILED');
  });
});
