// Withdrawing a waiting statement (docs/product.md §17): only its author, only while it waits
// (not yet claimed for review), nothing else in the topic moves out of order, and once review
// has begun the refusal says why. A withdrawal racing the review job's claim is decided by one
// conditional UPDATE on each side: exactly one of them wins, whatever the interleaving.
import { claimHead, claimPostForReview, DomainError, withdrawPost } from '@overlord/core';
import { seed } from '@overlord/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  createApprovedTopics,
  createTestDatabase,
  type TestDatabase,
} from '../helpers/database.ts';
import {
  outcomeOf,
  type SignedIn,
  startTestStack,
  type TestStack,
  waitFor,
} from '../helpers/stack.ts';

let database: TestDatabase;
/** The api alone at first: nothing is judged until the test starts a worker. */
let api: TestStack;
let vera: SignedIn;
let boris: SignedIn;

const reasoned = (n: number) =>
  `Replacing coal with nuclear power cuts emissions because reactors burn no fossil fuel, according to the IAEA (point ${n}).`;

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  api = await startTestStack({ db: database.db, databaseUrl: database.url, worker: false });
  vera = await api.signIn('citizen_vera');
  boris = await api.signIn('citizen_boris');
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe('withdraw', () => {
  it('takes a waiting statement out of the queue and leaves the rest in order', async () => {
    const [topicId] = await createApprovedTopics(database.db, 1);
    const submit = (n: number) =>
      vera.client.posts.submit.mutate({ topicId: topicId!, body: reasoned(n) });
    const a = await submit(1);
    const b = await submit(2);
    const c = await submit(3);

    // Someone else's statement, or one that does not exist: not found, nothing changes.
    expect(await outcomeOf(boris.client.posts.withdraw.mutate({ id: b.id }))).toBe('NOT_FOUND');
    expect(await outcomeOf(api.client().posts.withdraw.mutate({ id: b.id }))).toBe('UNAUTHORIZED');

    const withdrawn = await vera.client.posts.withdraw.mutate({ id: b.id });
    expect(withdrawn.status).toBe('withdrawn');
    expect(await outcomeOf(vera.client.posts.withdraw.mutate({ id: b.id }))).toBe('CONFLICT');

    // Gone from the public record; its author still sees it as withdrawn.
    const listed = await boris.client.posts.byTopic.query({ topicId: topicId! });
    expect(listed.items.map((p) => p.id)).toEqual([a.id, c.id]);
    expect((await vera.client.posts.status.query({ id: b.id })).status).toBe('withdrawn');
    expect(await outcomeOf(boris.client.posts.status.query({ id: b.id }))).toBe('NOT_FOUND');
    // The one behind it moved up one place; the head did not move.
    expect((await vera.client.posts.status.query({ id: a.id })).position).toBe(1);
    const third = await vera.client.posts.status.query({ id: c.id });
    expect([third.position, third.queueLength]).toEqual([2, 2]);

    // The review job claims the head: from then on it cannot be withdrawn, and the refusal
    // says why.
    const claim = await claimHead(database.db, 'post', topicId!, '987654321');
    expect(claim).toMatchObject({ kind: 'claimed', itemId: a.id });
    const refusal = await vera.client.posts.withdraw.mutate({ id: a.id }).then(
      () => null,
      (e: { message: string; data?: { code?: string } }) => e,
    );
    expect(refusal?.data?.code).toBe('PRECONDITION_FAILED');
    expect(refusal?.message).toMatch(/review has begun/i);
    await database.db.reviewClaim.deleteMany({ where: { itemId: a.id } });

    // A worker now drains the queue: A, then C; B is never judged and moves no loyalty.
    const worker = await startTestStack({ db: database.db, databaseUrl: database.url });
    try {
      const rows = await waitFor(async () => {
        const found = await database.db.post.findMany({
          where: { id: { in: [a.id, c.id] } },
          select: { id: true, status: true, reviewStartedAt: true },
        });
        return found.every((p) => p.status !== 'pending') && found;
      }, 30_000);
      const started = (id: string) => rows.find((p) => p.id === id)!.reviewStartedAt!.getTime();
      expect(started(a.id)).toBeLessThanOrEqual(started(c.id));
    } finally {
      await worker.stop();
    }
    const b2 = await database.db.post.findUniqueOrThrow({
      where: { id: b.id },
      select: { status: true, reviewStartedAt: true, decidedAt: true },
    });
    expect(b2).toEqual({ status: 'withdrawn', reviewStartedAt: null, decidedAt: null });
    expect(await database.db.moderationEvent.count({ where: { postId: b.id } })).toBe(0);
    expect(
      await database.db.moderationEvent.count({ where: { postId: { in: [a.id, c.id] } } }),
    ).toBe(2);
    // A decided statement cannot be withdrawn either.
    expect(await outcomeOf(vera.client.posts.withdraw.mutate({ id: a.id }))).toBe(
      'PRECONDITION_FAILED',
    );
  }, 60_000);

  it('is decided exactly once against a review of the same statement, in either order or at once', async () => {
    const ROUNDS = 30;
    const topics = await createApprovedTopics(database.db, ROUNDS);
    const posts = [];
    for (const [n, topicId] of topics.entries()) {
      posts.push(await vera.client.posts.submit.mutate({ topicId, body: reasoned(100 + n) }));
    }
    const withdraw = (id: string) =>
      withdrawPost(
        api.deps,
        { id: vera.userId, username: 'citizen_vera', role: 'citizen' },
        id,
      ).then(
        () => 'ok',
        (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
      );
    // The review job's two steps: claim the queue's head, then stamp the post.
    const review = async (topicId: string, id: string, job: number) => {
      const claim = await claimHead(database.db, 'post', topicId, String(job));
      if (claim.kind !== 'claimed') return false;
      return (await claimPostForReview(database.db, id)) !== null;
    };
    // A third of the rounds withdraw first, a third review first, and a third run both at the
    // same moment (straight into core, so neither side has an HTTP head start).
    const results = await Promise.all(
      posts.map(async (post, n) => {
        const topicId = topics[n]!;
        const job = 5_000_000 + n;
        let outcome: [string, boolean];
        if (n % 3 === 0) {
          const w = await withdraw(post.id);
          outcome = [w, await review(topicId, post.id, job)];
        } else if (n % 3 === 1) {
          const r = await review(topicId, post.id, job);
          outcome = [await withdraw(post.id), r];
        } else {
          outcome = await Promise.all([withdraw(post.id), review(topicId, post.id, job)]);
        }
        return { id: post.id, withdraw: outcome[0], reviewed: outcome[1] };
      }),
    );
    expect(results.some((r) => r.withdraw === 'ok')).toBe(true);
    expect(results.some((r) => r.reviewed)).toBe(true);
    for (const result of results) {
      // Exactly one side won.
      expect(result.withdraw === 'ok', JSON.stringify(result)).toBe(!result.reviewed);
      if (result.withdraw !== 'ok') expect(result.withdraw).toBe('PRECONDITION_FAILED');
      const row = await database.db.post.findUniqueOrThrow({
        where: { id: result.id },
        select: { status: true, reviewStartedAt: true },
      });
      expect(row.status).toBe(result.reviewed ? 'pending' : 'withdrawn');
      expect(row.reviewStartedAt !== null).toBe(result.reviewed);
    }
    console.log(
      `withdraw race: ${results.filter((r) => r.withdraw === 'ok').length} of ${ROUNDS} withdrawn first`,
    );
  }, 60_000);
});
