// A head that keeps failing past the bound (docs/decisions.md, "Jobs and ordering") is held for
// moderators, never approved, and its topic moves on. The judge is a real provider client against the local Anthropic server,
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
      retryBaseSeconds: 1.5,
      retryMaxSeconds: 3,
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

describe('a head failing past the bound', () => {
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
