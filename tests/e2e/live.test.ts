// Live updates (SPEC §7): a subscriber sees a post's events in order; a client that comes back
// with its last event id receives exactly what it missed, with no duplicates.
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
        received.push({ id: envelope.id, type: envelope.data.type, postId: envelope.data.postId }),
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
    await waitFor(async () =>
      live.received.some((e) => e.postId === id && e.type === 'post.decided'),
    );
    live.stop();
    const mine = live.received.filter((e) => e.postId === id).map((e) => e.type);
    expect(mine).toEqual(['post.submitted', 'post.in_review', 'post.decided']);
  });

  it('resumes after a disconnect with exactly the missed events', async () => {
    const first = watch();
    await first.ready;
    const a = await submit(
      'Frequent service matters more than free fares, because waiting time is what keeps drivers in their cars.',
    );
    await verdict(a.id);
    await waitFor(async () =>
      first.received.some((e) => e.postId === a.id && e.type === 'post.decided'),
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
      resumed.received.some((e) => e.postId === post && e.type === 'post.decided');
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
        'post.submitted',
        'post.in_review',
        'post.decided',
      ]);
    }
  });
});
