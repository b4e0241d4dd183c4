// Dispatches arrive live (docs/product.md §13): every signed-in citizen has a stream of their own
// (`live.dispatches`), authenticated like the rest of the api. A new dispatch signals its
// citizen and nobody else; a client that comes back with its last event id gets exactly what it
// missed; no input, session or resume id reaches another citizen's stream.
import { streams } from '@overlord/redis';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TestDatabase } from '../helpers/database.ts';
import {
  drainPending,
  type SignedIn,
  startSeededStack,
  type TestStack,
  waitFor,
} from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let vera: SignedIn;
let boris: SignedIn;
let olga: SignedIn;

beforeAll(async () => {
  ({ database, stack } = await startSeededStack());
  [vera, boris, olga] = await Promise.all([
    stack.signIn('citizen_vera'),
    stack.signIn('citizen_boris'),
    stack.signIn('moderator_olga'),
  ]);
  await drainPending(database.db);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

type Client = SignedIn['client'];

/** Follows a citizen's dispatch stream, collecting event ids until stopped. */
function watch(client: Client, lastEventId: string | null = null) {
  const received: { id: string; type: string }[] = [];
  let started!: () => void;
  let failed!: (error: unknown) => void;
  const ready = new Promise<void>((resolve, reject) => {
    started = resolve;
    failed = reject;
  });
  const sub = client.live.dispatches.subscribe(
    { lastEventId },
    {
      onStarted: () => started(),
      onData: (envelope) => received.push({ id: envelope.id, type: envelope.data.type }),
      onError: (error) => failed(error),
    },
  );
  return { received, ready, stop: () => sub.unsubscribe() };
}

/**
 * The code a refused subscription ends with. tRPC opens the stream (`connected`) and then sends
 * the procedure's error, so "started" counts only when no error follows within a grace period.
 */
function refusal(
  subscribe: (handlers: { onStarted(): void; onError(e: unknown): void }) => {
    unsubscribe(): void;
  },
): Promise<string> {
  return new Promise((resolve, reject) => {
    let grace: ReturnType<typeof setTimeout> | null = null;
    const sub = subscribe({
      onStarted() {
        grace = setTimeout(() => {
          sub.unsubscribe();
          resolve('started');
        }, 2_000);
      },
      onError(error) {
        if (grace) clearTimeout(grace);
        sub.unsubscribe();
        if (error instanceof TRPCClientError) resolve((error.data as { code: string }).code);
        else reject(error instanceof Error ? error : new Error(String(error)));
      },
    });
  });
}

/** The ids a citizen's stream holds, oldest first. */
const streamIds = async (userId: string) =>
  (await stack.deps.redis.xrange(streams.user(userId), '-', '+')).map(([id]) => id);

const freeze = (username: string, reason: string) =>
  olga.client.sanctions.impose.mutate({ username, kind: 'freeze', hours: 1, reason });

describe('live dispatches', () => {
  it('signals the citizen a dispatch is for, and nobody else', async () => {
    const veraLive = watch(vera.client);
    const borisLive = watch(boris.client);
    await Promise.all([veraLive.ready, borisLive.ready]);

    await freeze('citizen_vera', 'A quiet hour for Vera.');
    await waitFor(async () => veraLive.received.length >= 1, 15_000);
    expect(veraLive.received[0]!.type).toBe('dispatch');
    // The count it makes the page read again.
    expect((await vera.client.notifications.unread.query()).unread).toBeGreaterThanOrEqual(1);

    await freeze('citizen_boris', 'A quiet hour for Boris.');
    await waitFor(async () => borisLive.received.length >= 1, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    veraLive.stop();
    borisLive.stop();
    // Each received exactly entries of their own stream, and none of the other's.
    const [hers, his] = [await streamIds(vera.userId), await streamIds(boris.userId)];
    expect(veraLive.received.every((e) => hers.includes(e.id))).toBe(true);
    expect(borisLive.received.every((e) => his.includes(e.id))).toBe(true);
    // Stream ids are times: two streams can hold the same id when written in one millisecond
    // (other suites write to these citizens' streams too), so "the other's" is an id only the
    // other stream holds.
    const onlyIn = (mine: string[], theirs: string[]) => (id: string) =>
      theirs.includes(id) && !mine.includes(id);
    expect(veraLive.received.some((e) => onlyIn(hers, his)(e.id))).toBe(false);
    expect(borisLive.received.some((e) => onlyIn(his, hers)(e.id))).toBe(false);
    expect(his.at(-1)).toBe(borisLive.received.at(-1)!.id);
  });

  it('resumes after a disconnect with exactly the missed dispatches', async () => {
    const first = watch(vera.client);
    await first.ready;
    await freeze('citizen_vera', 'Another quiet hour.');
    await waitFor(async () => first.received.length >= 1, 15_000);
    first.stop();
    const lastSeen = first.received.at(-1)!.id;

    // While disconnected: two more dispatches (a lift and a new freeze).
    const [active] = (await vera.client.sanctions.mine.query()).filter((s) => s.active);
    const ivan = await stack.signIn('admin_ivan');
    await ivan.client.sanctions.lift.mutate({ sanctionId: active!.id });
    await freeze('citizen_vera', 'And one more.');

    const resumed = watch(vera.client, lastSeen);
    await resumed.ready;
    await waitFor(async () => resumed.received.length >= 2, 15_000);
    resumed.stop();
    // Test files run side by side on one Redis with the same seeded citizens, so her stream may
    // have grown meanwhile: what she received is exactly its opening entries after the resume id.
    const missed = (
      await stack.deps.redis.xrange(streams.user(vera.userId), `(${lastSeen}`, '+')
    ).map(([id]) => id);
    expect(missed.length).toBeGreaterThanOrEqual(2);
    expect(resumed.received.map((e) => e.id)).toEqual(missed.slice(0, resumed.received.length));
  });

  it('lets no one follow another citizen’s stream', async () => {
    // Anonymous callers have no stream; the session decides whose stream it is.
    expect(await refusal((h) => stack.client().live.dispatches.subscribe({}, h))).toBe(
      'UNAUTHORIZED',
    );
    // An input naming someone else is refused, not ignored.
    expect(
      await refusal((h) =>
        vera.client.live.dispatches.subscribe(
          { userId: boris.userId } as unknown as { lastEventId: null },
          h,
        ),
      ),
    ).toBe('BAD_REQUEST');
    // A forged or stolen session is no session.
    const forged = stack.client({ cookie: 'overlord.session-token=forged' });
    expect(await refusal((h) => forged.live.dispatches.subscribe({}, h))).toBe('UNAUTHORIZED');

    // A resume id from Boris's stream only positions Vera in her own: from the very start, she
    // receives exactly her own stream's entries, none of his.
    const [hers, his] = [await streamIds(vera.userId), await streamIds(boris.userId)];
    expect(his.length).toBeGreaterThan(0);
    const replay = watch(vera.client, '0-0');
    await replay.ready;
    await waitFor(async () => replay.received.length >= hers.length, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    replay.stop();
    // Other test files share this Redis and the seeded citizens' ids, so her stream may grow
    // meanwhile: read it again, and expect exactly its opening entries, in order.
    const hersNow = await streamIds(vera.userId);
    expect(replay.received.length).toBeGreaterThanOrEqual(hers.length);
    expect(replay.received.map((e) => e.id)).toEqual(hersNow.slice(0, replay.received.length));
  });
});
