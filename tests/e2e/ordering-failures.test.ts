// Order survives failures (docs/decisions.md, "Jobs and ordering"): while the head post of a
// topic fails and is retried, nothing later in that topic is judged, and other topics go on.
// (A head failing past the bound: tests/e2e/ordering-holds.test.ts.) The judge is a real
// provider client against the local Anthropic server, scripted to answer one post's
// evaluation with malformed output.
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
      // The head's second try comes at least 3.2 s after its first failure: ample time for
      // another topic's posts to be judged meanwhile, even on a loaded machine.
      retryBaseSeconds: 4,
      retryMaxSeconds: 8,
      holdAfterSeconds: 600,
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
    const failed = await waitFor(async () => {
      const claim = await database.db.reviewClaim.findFirst({ where: { itemId: inFailing[0] } });
      return (claim?.attempts ?? 0) >= 1 && claim;
    }, 15_000);
    // The estimate of the post behind the head counts the head's wait for its retry.
    const behind = await vera.posts.status.query({ id: inFailing[1]! });
    expect(behind.status).toBe('pending');
    if (failed.retryAt && failed.retryAt.getTime() > Date.now()) {
      const retryWait = (failed.retryAt.getTime() - Date.now()) / 1000;
      expect(behind.etaSeconds).not.toBeNull();
      expect(behind.etaSeconds!).toBeGreaterThanOrEqual(retryWait - 0.5);
    }
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
});
