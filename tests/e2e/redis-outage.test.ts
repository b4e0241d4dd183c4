// Redis holds only rebuildable state (docs/architecture.md §5): with it stopped, reads and
// submissions still succeed and the worker still writes verdicts; when it returns, live updates
// resume by themselves for a subscriber that never reconnected. A chat proposal cannot be confirmed
// while it is down (the single-use check lives there), and nothing runs.
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';

import { stableId } from '@overlord/db';
import { seed } from '@overlord/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type RedisServer, startRedis } from '../../scripts/stack/index.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack, waitFor } from '../helpers/stack.ts';
import { TEST_REDIS_PORT, TEST_STACK_DIR } from '../setup/ports.ts';

// A Redis of this file's own, so stopping it leaves the other test files alone.
const redisOptions = {
  dataDir: join(resolve(import.meta.dirname, '../..'), TEST_STACK_DIR, 'redis-outage'),
  port: TEST_REDIS_PORT + 11,
  log: () => {},
  persistent: false,
};
const transit = stableId('topic:transit');

let database: TestDatabase;
let redisServer: RedisServer;
let stack: TestStack;

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  redisServer = await startRedis(redisOptions);
  stack = await startTestStack({
    db: database.db,
    databaseUrl: database.url,
    redisUrl: redisServer.url,
  });
});

afterAll(async () => {
  await stack?.stop();
  await redisServer?.stop();
  await database?.drop();
});

const statusOf = async (id: string) =>
  (await database.db.post.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe('Redis outage', () => {
  it('keeps reads, submissions and verdicts working, and live updates resume', async () => {
    const { client: vera } = await stack.signIn('citizen_vera');
    const events: { id: string; type: string }[] = [];
    let started!: () => void;
    const ready = new Promise<void>((r) => (started = r));
    const watcher = stack
      .client()
      .live.topic.subscribe(
        { topicId: transit },
        { onStarted: () => started(), onData: ({ data }) => events.push(data) },
      );
    await ready;
    const before = await vera.posts.submit.mutate({
      topicId: transit,
      body: 'Trams carry more riders per driver than buses, so their staff cost per trip is lower.',
    });
    await waitFor(async () => events.some((e) => e.id === before.id && e.type === 'decided'));

    await redisServer.stop();
    expect(await stack.deps.redis.ping().catch(() => 'down')).toBe('down');

    // Reads.
    const feed = await stack.client().topics.list.query({});
    expect(feed.items.length).toBeGreaterThan(0);
    const posts = await stack.client().posts.byTopic.query({ topicId: transit });
    expect(posts.items.some((p) => p.id === before.id)).toBe(true);
    // A submission (the session is resolved from Postgres) and its verdict by the worker.
    const during = await vera.posts.submit.mutate({
      topicId: transit,
      body: 'Park-and-ride sites move traffic out of the centre, because drivers switch to trains early.',
    });
    expect(during.status).toBe('pending');
    await waitFor(async () => (await statusOf(during.id)) !== 'pending', 15_000);
    expect(await statusOf(during.id)).toBe('approved');
    const status = await vera.posts.status.query({ id: during.id });
    expect(status.reviewState).toBe('decided');
    // Nothing was published during the outage, and the page state is still right on reload.
    expect(events.some((e) => e.id === during.id)).toBe(false);

    redisServer = await startRedis(redisOptions);
    // The same subscription, never reconnected by the client, receives new events again.
    await waitFor(async () => (await stack.deps.redis.ping().catch(() => null)) === 'PONG', 15_000);
    const after = await vera.posts.submit.mutate({
      topicId: transit,
      body: 'Timed transfers make a sparse network usable, because connections wait for each other.',
    });
    await waitFor(
      async () => events.some((e) => e.id === after.id && e.type === 'decided'),
      15_000,
    );
    watcher.unsubscribe();
    expect(events.filter((e) => e.id === after.id).map((e) => e.type)).toEqual([
      'submitted',
      'in_review',
      'decided',
    ]);
  });

  it('confirms no chat proposal while Redis is down, and runs nothing (docs/product.md §23)', async () => {
    const admin = await stack.signIn('admin_ivan');
    let proposalId: string | undefined;
    for await (const chunk of await admin.client.chat.ask.mutate({
      chatId: randomUUID(),
      question: 'merge tag transport into taxation',
    }))
      if (typeof chunk !== 'string') proposalId = chunk.proposal.id;
    expect(proposalId).toBeDefined();

    await redisServer.stop();
    const confirm = admin.client.chat.confirm.mutate({ proposalId: proposalId! });
    await expect(confirm).rejects.toThrow('The Ministry cannot hold proposals just now');
    expect(await database.db.tag.findUnique({ where: { slug: 'transport' } })).not.toBeNull();
    expect(await database.db.auditLog.count({ where: { action: 'tag.merge' } })).toBe(0);
    redisServer = await startRedis(redisOptions);
    await waitFor(async () => (await stack.deps.redis.ping().catch(() => null)) === 'PONG', 15_000);
  });
});
