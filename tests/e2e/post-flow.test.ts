// The Foundation's end-to-end flow over real HTTP with the typed client, as an outside program:
// submit → safety screen → queue → offline judge (graphile-worker) → verdict → public listing.
import { seed, seedTopics } from '@overlord/db/seed';
import { stableId } from '@overlord/db';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack, waitFor } from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
/** citizen_vera, signed in (a real session row and cookie). */
let vera: TestStack['client'] extends (...a: never[]) => infer C ? C : never;
const nuclear = stableId('topic:nuclear');
const transit = stableId('topic:transit');

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  stack = await startTestStack({ db: database.db, databaseUrl: database.url });
  vera = (await stack.signIn('citizen_vera')).client;
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

async function verdictOf(id: string) {
  return waitFor(async () => {
    const s = await vera.posts.status.query({ id });
    return s.status !== 'pending' && s;
  });
}

describe('topics', () => {
  it('lists the seeded topics newest first with cursor pagination', async () => {
    const api = vera;
    const first = await api.topics.list.query({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.items[0]!.title).toBe(seedTopics.at(-1)!.title);
    expect(first.nextCursor).toBe(first.items[1]!.id);
    const second = await api.topics.list.query({ limit: 10, cursor: first.nextCursor });
    expect(second.items).toHaveLength(seedTopics.length - 2);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items].map((t) => t.id);
    expect(new Set(ids).size).toBe(seedTopics.length);
  });

  it('filters by tag and keyword', async () => {
    const api = vera;
    const energy = await api.topics.list.query({ tag: 'energy' });
    expect(energy.items.map((t) => t.id)).toEqual([nuclear]);
    const search = await api.topics.list.query({ q: 'PUBLIC TRANSPORT' });
    expect(search.items.map((t) => t.id)).toEqual([transit]);
  });

  it('gets one topic and answers NOT_FOUND for an unknown id', async () => {
    const api = vera;
    const topic = await api.topics.get.query({ id: nuclear });
    expect(topic.author?.username).toBe('TheOverlord');
    expect(topic.tags).toEqual(['climate', 'energy']);
    await expect(api.topics.get.query({ id: stableId('nope') })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
  });
});

describe('posts', () => {
  it('lists a topic in submission order, in-evaluation included, rejected and calibrated excluded', async () => {
    const { items } = await vera.posts.byTopic.query({ topicId: nuclear });
    // Seed: approved (nuclear-1), rejected (nuclear-2), calibrate (nuclear-3) → only the first is public.
    expect(items.map((p) => p.id)).toEqual([stableId('post:nuclear-1')]);
    expect(items[0]!.commentary).toMatch(/favourably/);
    const times = items.map((p) => p.submittedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('approves a reasoned, on-topic post within 5 s and publishes it', async () => {
    const api = vera;
    const submitted = await api.posts.submit.mutate({
      topicId: nuclear,
      body: 'Replacing coal with nuclear power cuts carbon emissions because reactors burn no fossil fuel, and modern plants have a strong safety record according to the IAEA.',
    });
    expect(submitted.status).toBe('pending');
    const during = await api.posts.byTopic.query({ topicId: nuclear });
    expect(during.items.some((p) => p.id === submitted.id)).toBe(true);

    const started = Date.now();
    const verdict = await verdictOf(submitted.id);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(verdict.status).toBe('approved');
    expect(verdict.feedback).toBeTruthy();
    const after = await api.posts.byTopic.query({ topicId: nuclear });
    const post = after.items.find((p) => p.id === submitted.id);
    expect(post).toMatchObject({
      status: 'approved',
      inEvaluation: false,
      author: { username: 'citizen_vera' },
    });
  });

  it('rejects an obvious insult for tone, says why, and removes it from public view', async () => {
    const api = vera;
    const submitted = await api.posts.submit.mutate({
      topicId: nuclear,
      body: 'You are an idiot and a moron if you think reactors are safe, nuclear power is stupid.',
    });
    const verdict = await verdictOf(submitted.id);
    expect(verdict.status).toBe('rejected');
    expect(verdict.rejectionReason).toBe('poor_tone');
    expect(verdict.feedback).toMatch(/idiot|moron/i);
    const list = await api.posts.byTopic.query({ topicId: nuclear });
    expect(list.items.some((p) => p.id === submitted.id)).toBe(false);
    // The author's loyalty moved by exactly one rejection.
    const events = await database.db.moderationEvent.findMany({ where: { postId: submitted.id } });
    expect(events.map((e) => [e.kind, e.delta])).toEqual([['post_rejected', -1]]);
  });

  it('rejects a safety violation synchronously: never public, never queued', async () => {
    const api = vera;
    const submitted = await api.posts.submit.mutate({
      topicId: transit,
      body: 'I will kill you if you argue for free buses again.',
    });
    expect(submitted).toMatchObject({ status: 'rejected', rejectionReason: 'terms_violation' });
    expect(submitted.feedback).toBeTruthy();
    // Never entered the topic's queue: the scheduler never took it up.
    const row = await database.db.post.findUniqueOrThrow({
      where: { id: submitted.id },
      select: { reviewStartedAt: true, judge: true },
    });
    expect(row.reviewStartedAt).toBeNull();
    expect(row.judge).toMatch(/:screen$/);
    const list = await api.posts.byTopic.query({ topicId: transit });
    expect(list.items.some((p) => p.id === submitted.id)).toBe(false);
  });

  it('decides posts of one topic in submission order', async () => {
    const api = vera;
    const bodies = [
      'Free fares increase ridership because cost is a barrier for low income riders, so cities should fund transit from taxes.',
      'Frequency matters more than price: people choose transit when the wait is short, therefore money should go to service first.',
      'A ticket-free system also saves the cost of fare collection, which according to operators is a large share of revenue.',
    ];
    const ids: string[] = [];
    for (const body of bodies)
      ids.push((await api.posts.submit.mutate({ topicId: transit, body })).id);
    await Promise.all(ids.map(verdictOf));
    const rows = await database.db.post.findMany({
      where: { id: { in: ids } },
      select: { id: true, submittedAt: true, decidedAt: true },
    });
    const bySubmission = [...rows]
      .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())
      .map((r) => r.id);
    const byDecision = [...rows]
      .sort((a, b) => a.decidedAt!.getTime() - b.decidedAt!.getTime())
      .map((r) => r.id);
    expect(bySubmission).toEqual(ids);
    expect(byDecision).toEqual(ids);
  });

  it('refuses bad input with a typed, readable error and stores nothing', async () => {
    const api = vera;
    const before = await database.db.post.count();
    const empty = await api.posts.submit
      .mutate({ topicId: nuclear, body: '   ' })
      .catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(TRPCClientError);
    expect((empty as TRPCClientError<never>).data).toMatchObject({
      code: 'BAD_REQUEST',
      httpStatus: 400,
    });
    expect((empty as TRPCClientError<never>).message).toMatch(/empty/i);
    await expect(
      api.posts.submit.mutate({ topicId: nuclear, body: 'x'.repeat(10_001) }),
    ).rejects.toThrow(/10,000/);
    await expect(api.posts.submit.mutate({ topicId: 'not-a-uuid', body: 'hello' })).rejects.toThrow(
      /topic identifier/,
    );
    await expect(
      api.posts.submit.mutate({
        topicId: stableId('topic:none'),
        body: 'A reasoned statement about nothing.',
      }),
    ).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    expect(await database.db.post.count()).toBe(before);
  });

  it('refuses submission without an identity', async () => {
    const before = await database.db.post.count();
    await expect(
      stack
        .client()
        .posts.submit.mutate({ topicId: nuclear, body: 'Nuclear is safe because of evidence.' }),
    ).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED', httpStatus: 401 } });
    expect(await database.db.post.count()).toBe(before);
    // Reads stay open to anonymous visitors.
    expect((await stack.client().topics.list.query({})).items.length).toBeGreaterThan(0);
  });
});

describe('queue overview', () => {
  it('shows active queues without previews for citizens', async () => {
    const overview = await vera.queues.overview.query();
    const kinds = overview.queues.map((q) => q.kind);
    expect(kinds).toContain('topics');
    expect(overview.inTransit.every((i) => i.preview === null)).toBe(true);
  });

  it('shows previews to moderators', async () => {
    await database.db.post.create({
      data: {
        topicId: nuclear,
        authorId: stableId('user:citizen_ada'),
        body: 'Waiting in line for judgement.',
      },
    });
    const olga = await stack.signIn('moderator_olga');
    const overview = await olga.client.queues.overview.query();
    const item = overview.inTransit.find((i) => i.preview === 'Waiting in line for judgement.');
    expect(item).toBeDefined();
    expect(overview.queues.find((q) => q.key === nuclear)?.length).toBeGreaterThanOrEqual(1);
  });
});
