// The post flow with the api and worker judging through a real provider client (Anthropic's
// wire API, served locally): same verdicts as offline, and the fail-closed rules of docs/product.md
// §6.
import { listHeldForReview } from '@overlord/core';
import { seed } from '@overlord/db/seed';
import { stableId } from '@overlord/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startAnthropicServer } from '../../packages/overlord/test/vendors/anthropic.ts';
import type { VendorServer } from '../../packages/overlord/test/vendors/server.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack, waitFor } from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let vendor: VendorServer;
let vera: Awaited<ReturnType<TestStack['signIn']>>['client'];
const nuclear = stableId('topic:nuclear');
const transit = stableId('topic:transit');

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
      ANTHROPIC_MODEL: 'claude-sonnet-4-5',
      ANTHROPIC_FAST_MODEL: 'claude-haiku-4-5',
      OVERLORD_SCREEN_TIMEOUT_MS: 300,
      OVERLORD_TIMEOUT_MS: 2_000,
      OVERLORD_MAX_RETRIES: 1,
    },
  });
  vera = (await stack.signIn('citizen_vera')).client;
  // The seed's pending post is judged at worker start; let it finish before scripting failures.
  await waitFor(
    async () => (await database.db.post.count({ where: { status: 'pending' } })) === 0,
    10_000,
  );
});

afterAll(async () => {
  await stack?.stop();
  await vendor?.close();
  await database?.drop();
});

const verdictOf = (id: string) =>
  waitFor(async () => {
    const s = await vera.posts.status.query({ id });
    return s.status !== 'pending' && s;
  }, 10_000);

/** The scheduler's record of an item at the head of its queue (failures, retry time). */
const claimOf = (itemId: string) =>
  database.db.$queryRaw<{ attempts: number; last_error: string | null }[]>`
    SELECT attempts, last_error FROM review_claims WHERE item_id = ${itemId}::uuid`;

describe('post flow judged through the Anthropic wire API', () => {
  it('approves a reasoned post: screened by the fast model, judged by the strong one', async () => {
    const before = vendor.requests.length;
    const submitted = await vera.posts.submit.mutate({
      topicId: nuclear,
      body: 'Replacing coal with nuclear power cuts carbon emissions because reactors burn no fossil fuel, and modern plants have a strong safety record according to the IAEA.',
    });
    expect(submitted.status).toBe('pending');
    const verdict = await verdictOf(submitted.id);
    expect(verdict.status).toBe('approved');
    const models = vendor.requests.slice(before).map((r) => r.body.model);
    expect(models).toEqual(['claude-haiku-4-5', 'claude-sonnet-4-5']);
    const row = await database.db.post.findUniqueOrThrow({ where: { id: submitted.id } });
    expect(row.judge).toBe('anthropic:claude-sonnet-4-5');
  });

  it('rejects an insult for tone and a threat synchronously, like the offline judge', async () => {
    const insult = await vera.posts.submit.mutate({
      topicId: nuclear,
      body: 'You are an idiot and a moron if you think reactors are safe, nuclear power is stupid.',
    });
    expect(await verdictOf(insult.id)).toMatchObject({
      status: 'rejected',
      rejectionReason: 'poor_tone',
    });
    const threat = await vera.posts.submit.mutate({
      topicId: transit,
      body: 'I will kill you if you argue for free buses again.',
    });
    expect(threat).toMatchObject({ status: 'rejected', rejectionReason: 'terms_violation' });
    expect(await claimOf(threat.id)).toEqual([]);
  });
});

describe('fail closed', () => {
  it('a screen that times out rejects the post, holds it and lists it for moderators', async () => {
    vendor.script({ kind: 'hang' });
    const submitted = await vera.posts.submit.mutate({
      topicId: transit,
      body: 'Free buses would raise ridership because the fare is a barrier for poorer commuters.',
    });
    expect(submitted).toMatchObject({ status: 'rejected', rejectionReason: 'terms_violation' });
    expect(submitted.feedback).toMatch(/human moderator/);
    expect(await claimOf(submitted.id)).toEqual([]);

    const olga = await database.db.user.findUniqueOrThrow({
      where: { username: 'moderator_olga' },
    });
    const held = await listHeldForReview(database.db, {
      id: olga.id,
      username: olga.username,
      role: 'moderator',
    });
    expect(held).toContainEqual(
      expect.objectContaining({
        kind: 'post',
        id: submitted.id,
        error: expect.stringMatching(/in time/),
      }),
    );
    await expect(
      listHeldForReview(database.db, { id: olga.id, username: 'citizen_vera', role: 'citizen' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a screen answering 5xx after its retries also holds the post', async () => {
    vendor.script({ kind: 'status', status: 500 }, { kind: 'status', status: 503 });
    const submitted = await vera.posts.submit.mutate({
      topicId: transit,
      body: 'Bus lanes speed up every route because buses stop waiting in car traffic.',
    });
    expect(submitted.status).toBe('rejected');
    const row = await database.db.post.findUniqueOrThrow({ where: { id: submitted.id } });
    expect(row.heldForReview).toBe(true);
  });

  it('an evaluation error is retried in place, never a verdict', async () => {
    // Screen passes; the first evaluation answer is malformed (it even claims approval).
    vendor.script(
      { kind: 'json', value: { passed: true, category: null, reason: 'ok', spans: [] } },
      { kind: 'content', text: 'Approved!!' },
    );
    const submitted = await vera.posts.submit.mutate({
      topicId: transit,
      body: 'Night buses matter because shift workers have no other way home after midnight.',
    });
    const [job] = await waitFor(async () => {
      const rows = await claimOf(submitted.id);
      return rows[0]?.last_error ? rows : undefined;
    }, 10_000);
    expect(job!.last_error).toMatch(/schema/);
    const row = await database.db.post.findUniqueOrThrow({ where: { id: submitted.id } });
    expect(row).toMatchObject({ status: 'pending', decidedAt: null, judge: null });
    expect(await database.db.moderationEvent.count({ where: { postId: submitted.id } })).toBe(0);

    // The scheduler retries the head after its backoff; the provider has recovered: it decides.
    const verdict = await waitFor(async () => {
      const s = await vera.posts.status.query({ id: submitted.id });
      return s.status !== 'pending' && s;
    }, 25_000);
    expect(verdict.status).toBe('approved');
    expect(await claimOf(submitted.id)).toEqual([]); // settled: the topic moved on
  }, 40_000);
});

describe('fail closed: private messages', () => {
  it('a screen that cannot answer rejects the message at once and holds it, without its text', async () => {
    vendor.script({ kind: 'status', status: 500 }, { kind: 'status', status: 503 });
    const sent = await vera.messages.send.mutate({
      to: 'citizen_boris',
      body: 'Boris, bus lanes speed up every route because buses stop waiting in car traffic.',
    });
    expect(sent).toMatchObject({ status: 'rejected', rejectionReason: 'terms_violation' });
    expect(sent.feedback).toMatch(/human moderator/);
    const row = await database.db.privateMessage.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row).toMatchObject({ heldForReview: true, deliveredAt: null });
    const olga = await database.db.user.findUniqueOrThrow({
      where: { username: 'moderator_olga' },
    });
    const held = await listHeldForReview(database.db, {
      id: olga.id,
      username: olga.username,
      role: 'moderator',
    });
    expect(held).toContainEqual(
      expect.objectContaining({ kind: 'message', id: sent.id, excerpt: null }),
    );
  });

  it('an evaluation error is retried in place, never a delivery', async () => {
    vendor.script(
      { kind: 'json', value: { passed: true, category: null, reason: 'ok', spans: [] } },
      { kind: 'content', text: 'Approved!!' },
    );
    const sent = await vera.messages.send.mutate({
      to: 'citizen_boris',
      body: 'Boris, night buses matter because shift workers have no other way home after midnight.',
    });
    await waitFor(async () => {
      const rows = await claimOf(sent.id);
      return rows[0]?.last_error ? rows : undefined;
    }, 10_000);
    const row = await database.db.privateMessage.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row).toMatchObject({ status: 'pending', decidedAt: null, deliveredAt: null });
    expect(await database.db.moderationEvent.count({ where: { messageId: sent.id } })).toBe(0);

    const verdict = await waitFor(async () => {
      const s = await vera.messages.status.query({ id: sent.id });
      return s.status !== 'pending' && s;
    }, 25_000);
    expect(verdict.status).toBe('approved');
    expect(verdict.deliveredAt).not.toBeNull();
  }, 40_000);
});
