// Limits that protect citizens and the budget: per-citizen submission limits through the api
// (refused in the Overlord's voice, a sanction stacking on top), and the hourly cap on model
// calls: when it is spent, a queued head waits in place, is not counted as failing and is never
// approved or held for it.
import {
  CallBudgetExhausted,
  applySanction,
  reviewNext,
  takeModelCall,
  withCallBudget,
} from '@overlord/core';
import { seed } from '@overlord/db/seed';
import { createOfflineOverlord } from '@overlord/overlord';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  createApprovedTopics,
  createTestDatabase,
  type TestDatabase,
} from '../helpers/database.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  stack = await startTestStack({
    db: database.db,
    databaseUrl: database.url,
    worker: false,
    limits: {
      post: { count: 2, windowSeconds: 600 },
      topic: { count: 1, windowSeconds: 86_400 },
      message: null,
    },
  });
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const body = (n: number) =>
  `Bus lanes speed up every route, because buses stop waiting in car traffic (${n}).`;

async function refusal(call: Promise<unknown>): Promise<TRPCClientError<never>> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  return error as TRPCClientError<never>;
}

describe('per-citizen submission limits', () => {
  it('refuses the submission past the allowance, in the Overlord’s voice', async () => {
    const [topicId] = (await createApprovedTopics(database.db, 1)) as [string];
    const { client } = await stack.signIn('citizen_ada');
    for (const n of [1, 2]) {
      expect((await client.posts.submit.mutate({ topicId, body: body(n) })).status).toBe('pending');
    }
    const error = await refusal(client.posts.submit.mutate({ topicId, body: body(3) }));
    expect(error.data).toMatchObject({ code: 'TOO_MANY_REQUESTS', httpStatus: 429 });
    expect(error.message).toMatch(
      /Citizen, the Ministry accepts at most 2 statements per 10 minutes/,
    );
    expect(await database.db.post.count({ where: { topicId } })).toBe(2);
  });

  it('lets a sanction’s stricter rate limit refuse first', async () => {
    const [topicId] = (await createApprovedTopics(database.db, 1)) as [string];
    const boris = await stack.signIn('citizen_boris');
    const admin = await database.db.user.findUniqueOrThrow({ where: { username: 'admin_ivan' } });
    await applySanction(
      stack.deps,
      { id: admin.id, username: admin.username, role: 'admin' },
      {
        username: 'citizen_boris',
        kind: 'rate_limit',
        rateLimit: { count: 1, windowSeconds: 3_600 },
        hours: 1,
        reason: 'Flooding the transit topic.',
      },
    );
    expect((await boris.client.posts.submit.mutate({ topicId, body: body(4) })).status).toBe(
      'pending',
    );
    const error = await refusal(boris.client.posts.submit.mutate({ topicId, body: body(5) }));
    expect(error.message).toMatch(/rate of speech is restricted: 1 statement per 1 hour/);
  });
});

describe('hourly model-call cap', () => {
  it('counts calls across callers and refuses the one past the cap', async () => {
    await database.db.modelCallHour.deleteMany({});
    await takeModelCall(database.db, 2);
    await takeModelCall(database.db, 2);
    const error = await takeModelCall(database.db, 2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallBudgetExhausted);
    expect((await database.db.modelCallHour.findFirstOrThrow()).calls).toBe(2);
  });

  it('keeps a queued head waiting in place, not failing, when the budget is spent', async () => {
    const [topicId] = (await createApprovedTopics(database.db, 1)) as [string];
    const { client } = await stack.signIn('citizen_vera');
    const { id } = await client.posts.submit.mutate({ topicId, body: body(6) });
    // The cap is 2 and both calls of this hour are used.
    const overlord = withCallBudget(createOfflineOverlord(), database.db, 2);
    const deps = { ...stack.deps, overlord };
    const step = await reviewNext(deps, 'post', topicId, '1');
    expect(step).toMatchObject({ kind: 'failed', itemId: id });
    const post = await database.db.post.findUniqueOrThrow({ where: { id } });
    expect(post).toMatchObject({ status: 'pending', heldForReview: false, decidedAt: null });
    const claim = await database.db.reviewClaim.findUniqueOrThrow({
      where: { queue: `posts:${topicId}` },
    });
    // Not a failure of the head: nothing counts towards holding it for moderators.
    expect(claim).toMatchObject({ attempts: 0, firstFailedAt: null, claimedBy: null });
    expect(claim.retryAt!.getTime()).toBeGreaterThan(Date.now());
    expect(claim.lastError).toMatch(/hourly budget of 2 model calls/);
  });
});
