// Live updates (docs/product.md §7): a subscriber sees a post's events in order; a client that
// comes back with its last event id receives exactly what it missed, with no duplicates.
import { stableId } from '@overlord/db';
import { seed } from '@overlord/db/seed';
import { streams } from '@overlord/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack, waitFor } from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let vera: Awaited<ReturnType<TestStack['signIn']>>['client'];
const transit = stableId('topic:transit');

interface Received {
  id: string;
  type: string;
  postId: string;
}

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

/** Subscribes to a topic's live stream, collecting events until stopped. */
function watch(lastEventId: string | null = null) {
  const received: Received[] = [];
  let started!: () => void;
  const ready = new Promise<void>((resolve) => (started = resolve));
  const sub = stack.client().live.topic.subscribe(
    { topicId: transit, lastEventId },
    {
      onStarted: () => started(),
      onData: (envelope) =>
        received.push({ id: envelope.id, type: envelope.data.type, postId: envelope.data.id }),
      onError: (error) => {
        throw error;
      },
    },
  );
  return { received, ready, stop: () => sub.unsubscribe() };
}

const submit = (body: string) => vera.posts.submit.mutate({ topicId: transit, body });
const verdict = (id: string) =>
  waitFor(
    async () => (await database.db.post.findUniqueOrThrow({ where: { id } })).status !== 'pending',
  );

describe('live topic stream', () => {
  it('delivers a post from submission to verdict, in order', async () => {
    const live = watch();
    await live.ready;
    const { id } = await submit(
      'Free fares help the poorest riders because the fare is a larger share of their income, so taxes should fund buses.',
    );
    await waitFor(async () => live.received.some((e) => e.postId === id && e.type === 'decided'));
    live.stop();
    const mine = live.received.filter((e) => e.postId === id).map((e) => e.type);
    expect(mine).toEqual(['submitted', 'in_review', 'decided']);
  });

  it('resumes after a disconnect with exactly the missed events', async () => {
    const first = watch();
    await first.ready;
    const a = await submit(
      'Frequent service matters more than free fares, because waiting time is what keeps drivers in their cars.',
    );
    await verdict(a.id);
    await waitFor(async () =>
      first.received.some((e) => e.postId === a.id && e.type === 'decided'),
    );
    first.stop();
    const lastSeen = first.received.at(-1)!.id;

    // While disconnected: two more posts are submitted and judged.
    const b = await submit(
      'Fare-free transit saves the cost of collecting fares, which according to operators is a large share of revenue.',
    );
    const c = await submit(
      'Cities that removed fares saw ridership rise, because the price barrier disappeared for occasional riders.',
    );
    await verdict(b.id);
    await verdict(c.id);

    const resumed = watch(lastSeen);
    await resumed.ready;
    const decided = (post: string) =>
      resumed.received.some((e) => e.postId === post && e.type === 'decided');
    await waitFor(async () => decided(b.id) && decided(c.id));
    resumed.stop();

    // Exactly the entries the stream holds after the last one seen, up to the last one received:
    // nothing lost, none twice. (Other posts of the topic may still be publishing after that.)
    const lastReceived = resumed.received.at(-1)!.id;
    const missed = (
      await stack.deps.redis.xrange(streams.topic(transit), `(${lastSeen}`, lastReceived)
    ).map(([id]) => id);
    expect(resumed.received.map((e) => e.id)).toEqual(missed);
    for (const post of [b.id, c.id]) {
      expect(resumed.received.filter((e) => e.postId === post).map((e) => e.type)).toEqual([
        'submitted',
        'in_review',
        'decided',
      ]);
    }
  });
});

describe('queue and item streams', () => {
  it('follows one post on its own stream and every queue on the global one', async () => {
    const queueEvents: { kind: string; id: string; queueKey: string; type: string }[] = [];
    let queuesStarted!: () => void;
    const queuesReady = new Promise<void>((resolve) => (queuesStarted = resolve));
    const queues = stack.client().live.queues.subscribe(
      {},
      {
        onStarted: () => queuesStarted(),
        onData: ({ data }) => queueEvents.push(data),
        onError: (error) => {
          throw error;
        },
      },
    );
    await queuesReady;
    const { id } = await submit(
      'Bus lanes speed up every rider, because a full bus no longer waits behind single-occupant cars.',
    );

    // The author's status card resumes its own stream from the beginning.
    const itemEvents: string[] = [];
    const item = stack
      .client()
      .live.item.subscribe(
        { kind: 'post', id, lastEventId: '0-0' },
        { onData: ({ data }) => itemEvents.push(data.type) },
      );
    await waitFor(async () => itemEvents.includes('decided'));
    await waitFor(async () => queueEvents.some((e) => e.id === id && e.type === 'decided'));
    item.unsubscribe();
    queues.unsubscribe();

    expect(itemEvents).toEqual(['submitted', 'in_review', 'decided']);
    const mine = queueEvents.filter((e) => e.id === id);
    expect(mine.map((e) => e.type)).toEqual(['submitted', 'in_review', 'decided']);
    expect(mine.every((e) => e.kind === 'post' && e.queueKey === transit)).toBe(true);
  });

  it('refuses a malformed resume point with a readable error', async () => {
    await expect(
      new Promise((resolve, reject) => {
        stack
          .client()
          .live.queues.subscribe(
            { lastEventId: 'yesterday' },
            { onData: resolve, onError: reject },
          );
      }),
    ).rejects.toThrow(/not a live event identifier/);
  });
});
