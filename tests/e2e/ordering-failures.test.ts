// Order survives failures (docs/decisions.md, "Jobs and ordering"): while the head post of a
// topic fails and is retried, nothing later in that topic is judged, and other topics go on.
// A head that keeps failing past the bound is held for moderators, never approved, and its
// topic moves on. The judge is a real provider client against the local Anthropic server,
// scripted to answer one post's evaluation with malformed output.
import { HELD_AFTER_FAILURES_FEEDBACK, listHeldForReview } from '@overlord/core';
import { seed } from '@overlord/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startAnthropicServer } from '../../packages/overlord/test/vendors/anthropic.ts';
import type { RecordedRequest, VendorServer } from '../../packages/overlord/test/vendors/server.ts';
import {
  createApprovedTopics,
  createTestDatabase,
  type TestDatabase,
} from '../helpers/database.ts';
import { startTestStack, type TestStack, waitFor } from '../helpers/stack.ts';

const STRONG = 'claude-sonnet-4-5';
const HOLD_AFTER_SECONDS = 6;

let database: TestDatabase;
let stack: TestStack;
let vendor: VendorServer;
let vera: Awaited<ReturnType<TestStack['signIn']>>['client'];

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  vendor = await startAnthropicServer();
  stack = await startTestStack({
    db: database.db,
    databaseUrl: database.url,
    overlordEnv: {
      OVERLORD_PROVIDER: 'anthropic',
      ANTHROPIC_API_KEY: 'sk-ant-local',
      ANTHROPIC_BASE_URL: vendor.url,
      ANTHROPIC_MODEL: STRONG,
      ANTHROPIC_FAST_MODEL: 'claude-haiku-4-5',
      OVERLORD_SCREEN_TIMEOUT_MS: 1_000,
      OVERLORD_TIMEOUT_MS: 3_000,
      OVERLORD_MAX_RETRIES: 0,
    },
    reviewPolicy: {
      retryBaseSeconds: 0.4,
      retryMaxSeconds: 0.8,
      holdAfterSeconds: HOLD_AFTER_SECONDS,
    },
  });
  vera = (await stack.signIn('citizen_vera')).client;
  await waitFor(
    async () => (await database.db.post.count({ where: { status: 'pending' } })) === 0,
    15_000,
  );
});

afterAll(async () => {
  await stack?.stop();
  await vendor?.close();
  await database?.drop();
});

/** The strong model's evaluation of the post carrying `marker` (not its safety screen). */
const evaluationOf = (marker: string) => (req: RecordedRequest) =>
  req.body.model === STRONG && JSON.stringify(req.body.messages).includes(marker);
const malformed = { kind: 'content' as const, text: 'Approved!! Trust me.' };

const body = (n: number, marker = '') =>
  `Trams carry more riders per driver than buses, so staff cost per trip falls (${n}). ${marker}`.trim();

async function submitAll(topicId: string, bodies: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const text of bodies) {
    const { id, status } = await vera.posts.submit.mutate({ topicId, body: text });
    expect(status).toBe('pending');
    ids.push(id);
  }
  return ids;
}

const timesOf = (ids: string[]) =>
  Promise.all(
    ids.map((id) =>
      database.db.post.findUniqueOrThrow({
        where: { id },
        select: {
          id: true,
          status: true,
          heldForReview: true,
          reviewStartedAt: true,
          decidedAt: true,
        },
      }),
    ),
  );

describe('queue order across failures', () => {
  it('retries a failing head in place: nothing later in its topic goes first, other topics go on', async () => {
    const [failing, other] = (await createApprovedTopics(database.db, 2)) as [string, string];
    vendor.scriptWhen(evaluationOf('[head-a]'), malformed, malformed);

    const inFailing = await submitAll(failing, [body(1, '[head-a]'), body(2), body(3)]);
    // Once the head has failed, another topic's posts arrive: they must not wait for it.
    await waitFor(async () => {
      const claim = await database.db.reviewClaim.findFirst({ where: { itemId: inFailing[0] } });
      return (claim?.attempts ?? 0) >= 1;
    }, 15_000);
    const inOther = (await Promise.all([4, 5, 6].map((n) => submitAll(other, [body(n)])))).flat();
    const all = [...inFailing, ...inOther];
    await waitFor(
      async () =>
        (await database.db.post.count({ where: { id: { in: all }, status: 'pending' } })) === 0,
      30_000,
      100,
    );

    // The head was evaluated three times: two malformed answers, then a verdict.
    expect(vendor.requests.filter(evaluationOf('[head-a]'))).toHaveLength(3);
    const [head, ...rest] = await timesOf(inFailing);
    expect(head!.status).toBe('approved');
    // Nothing behind it was even taken into review before its verdict, and order held.
    let previous = head!;
    for (const post of rest) {
      expect(post.status).toBe('approved');
      expect(post.reviewStartedAt!.getTime()).toBeGreaterThanOrEqual(previous.decidedAt!.getTime());
      previous = post;
    }
    // The other topic did not wait for the failing one.
    const others = await timesOf(inOther);
    for (const post of others)
      expect(post.decidedAt!.getTime()).toBeLessThan(head!.decidedAt!.getTime());
    // Settled: no claim is left on either topic.
    expect(await database.db.reviewClaim.count({ where: { itemId: { in: all } } })).toBe(0);
  }, 60_000);

  it('holds a head that keeps failing for moderators, never approves it, and moves its topic on', async () => {
    const [topicId] = (await createApprovedTopics(database.db, 1)) as [string];
    vendor.scriptWhen(evaluationOf('[head-b]'), ...Array.from({ length: 50 }, () => malformed));

    const [stuck, next] = (await submitAll(topicId, [body(7, '[head-b]'), body(8)])) as [
      string,
      string,
    ];
    await waitFor(
      async () =>
        (await database.db.post.count({ where: { id: next, status: { not: 'pending' } } })) === 1,
      30_000,
      100,
    );
    const [held, after] = await timesOf([stuck, next]);
    expect(held).toMatchObject({ status: 'rejected', heldForReview: true });
    expect(after!.status).toBe('approved');
    expect(after!.reviewStartedAt!.getTime()).toBeGreaterThanOrEqual(held!.decidedAt!.getTime());
    // Held only after the bound: its failures span at least HOLD_AFTER_SECONDS.
    const attempts = vendor.requests.filter(evaluationOf('[head-b]')).length;
    expect(attempts).toBeGreaterThanOrEqual(3);
    expect(held!.decidedAt!.getTime() - held!.reviewStartedAt!.getTime()).toBeGreaterThanOrEqual(
      HOLD_AFTER_SECONDS * 1000,
    );
    const row = await database.db.post.findUniqueOrThrow({ where: { id: stuck } });
    expect(row.feedback).toBe(HELD_AFTER_FAILURES_FEEDBACK);
    expect(row.evaluation).toMatchObject({ error: expect.stringMatching(/schema/) });
    // A failure is no citizen's fault: no loyalty change, and moderators have it on their list.
    expect(await database.db.moderationEvent.count({ where: { postId: stuck } })).toBe(0);
    const olga = await database.db.user.findUniqueOrThrow({
      where: { username: 'moderator_olga' },
    });
    const list = await listHeldForReview(database.db, {
      id: olga.id,
      username: olga.username,
      role: 'moderator',
    });
    expect(list).toContainEqual(expect.objectContaining({ kind: 'post', id: stuck }));
  }, 60_000);
});
