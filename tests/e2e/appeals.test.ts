// Appeals (docs/product.md §10, §8) through the real api and worker: only the author of a rejected
// item may appeal, once per item and once per five minutes; moderators decide in a queue that shows
// the original and the Overlord's reasons; a sustained appeal publishes the item live and makes the
// score what an approval would have made it; a denied one costs the configured penalty.
import { findScoreDifferences } from '@overlord/core/leaderboard';
import { stableId } from '@overlord/db';
import { streams } from '@overlord/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TestDatabase } from '../helpers/database.ts';
import {
  drainPending,
  judgedPost,
  outcomeOf,
  type SignedIn,
  startSeededStack,
  type TestStack,
} from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let vera: SignedIn;
let boris: SignedIn;
let olga: SignedIn;
const nuclear = stableId('topic:nuclear');

const INSULT = 'You are an idiot if you believe this, the whole idea is stupid';
const PLEA = 'Harsh words, but the point about cost stands; the Overlord read tone over substance.';

beforeAll(async () => {
  ({ database, stack } = await startSeededStack());
  vera = await stack.signIn('citizen_vera');
  boris = await stack.signIn('citizen_boris');
  olga = await stack.signIn('moderator_olga');
  // Scores are compared below: let the worker finish what the seed left pending first.
  await drainPending(database.db);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

/** A statement by `who` that the worker rejects. */
async function rejected(who: SignedIn, n: number): Promise<string> {
  const verdict = await judgedPost(who, nuclear, `${INSULT} (${n}).`);
  expect(verdict.status).toBe('rejected');
  return verdict.id;
}

const scoreOf = async (userId: string) =>
  (await database.db.user.findUniqueOrThrow({ where: { id: userId } })).loyaltyScore;
/** Lets the five-minute interval pass for `userId` without waiting five minutes. */
const ageAppeals = (userId: string) =>
  database.db.$executeRawUnsafe(
    `UPDATE appeals SET created_at = created_at - interval '6 minutes' WHERE appellant_id = $1::uuid`,
    userId,
  );

describe('appeals', () => {
  let first: string;
  let appealId: string;

  it('lets only the author appeal a rejected statement, once, and once per five minutes', async () => {
    first = await rejected(vera, 1);
    const second = await rejected(vera, 2);

    expect(
      await outcomeOf(vera.client.appeals.file.mutate({ kind: 'post', id: first, reason: 'no' })),
    ).toBe('BAD_REQUEST');
    // Someone else's rejection, or an approved statement, is not appealable.
    expect(
      await outcomeOf(boris.client.appeals.file.mutate({ kind: 'post', id: first, reason: PLEA })),
    ).toBe('NOT_FOUND');

    const filed = await vera.client.appeals.file.mutate({ kind: 'post', id: first, reason: PLEA });
    expect(filed.status).toBe('pending');
    appealId = filed.id;

    expect(
      await outcomeOf(vera.client.appeals.file.mutate({ kind: 'post', id: first, reason: PLEA })),
    ).toBe('CONFLICT');
    const tooSoon = await vera.client.appeals.file
      .mutate({ kind: 'post', id: second, reason: PLEA })
      .catch((e: { data?: { code?: string }; message: string }) => e);
    expect(tooSoon).toMatchObject({ data: { code: 'TOO_MANY_REQUESTS' } });
    expect((tooSoon as { message: string }).message).toMatch(/one appeal every 5 minutes/);

    // The Graveyard shows the appeal as pending.
    const graveyard = await vera.client.users.graveyard.query({});
    expect(graveyard.items.find((i) => i.id === first)?.appeal).toEqual({
      status: 'pending',
      decisionNote: null,
    });
    expect(graveyard.items.find((i) => i.id === second)?.appeal).toBeNull();
  });

  it('shows moderators the case: original text, the Overlord’s reasons, the plea', async () => {
    const queue = await olga.client.appeals.queue.query({});
    const found = queue.items.find((c) => c.id === appealId);
    expect(found).toMatchObject({
      kind: 'post',
      contentId: first,
      appellant: { username: 'citizen_vera' },
      reason: PLEA,
      original: `${INSULT} (1).`,
      rejectionReason: 'poor_tone',
      translation: null,
    });
    expect(found?.feedback).toBeTruthy();
    expect(await outcomeOf(vera.client.appeals.queue.query({}))).toBe('FORBIDDEN');
  });

  it('publishes a sustained statement live and restores the score an approval gives', async () => {
    const before = await scoreOf(vera.userId);
    const decided = await olga.client.appeals.decide.mutate({
      appealId,
      outcome: 'sustained',
      note: 'Rude, but on topic and reasoned.',
    });
    expect(decided.status).toBe('sustained');
    // −(−1) for the rejection given back, +1 for the approval.
    expect(await scoreOf(vera.userId)).toBe(before + 2);
    expect(await findScoreDifferences(database.db)).toEqual([]);

    const thread = await stack.client().posts.byTopic.query({ topicId: nuclear });
    const restored = thread.items.find((p) => p.id === first);
    expect(restored).toMatchObject({ status: 'approved', author: { username: 'citizen_vera' } });
    expect(restored?.feedback).toContain('Restored on appeal');
    // Watchers of the topic are told.
    const entries = await stack.deps.redis.xrange(streams.topic(nuclear), '-', '+');
    const last = entries
      .map(([, fields]) => JSON.parse(fields[1]!) as { type: string; id: string; status: string })
      .filter((e) => e.id === first)
      .at(-1);
    expect(last).toMatchObject({ type: 'decided', status: 'approved' });
    // It has left the Graveyard; a second decision is refused.
    const graveyard = await vera.client.users.graveyard.query({});
    expect(graveyard.items.some((i) => i.id === first)).toBe(false);
    expect(
      await outcomeOf(
        olga.client.appeals.decide.mutate({ appealId, outcome: 'denied', note: 'Changed mind.' }),
      ),
    ).toBe('CONFLICT');
  });

  it('charges the configured penalty for a denied appeal and tells the appellant why', async () => {
    await ageAppeals(vera.userId);
    const second = (await vera.client.users.graveyard.query({})).items.find(
      (i) => i.kind === 'post' && i.appeal === null,
    )!;
    const { id } = await vera.client.appeals.file.mutate({
      kind: 'post',
      id: second.id,
      reason: PLEA,
    });
    const before = await scoreOf(vera.userId);
    await olga.client.appeals.decide.mutate({
      appealId: id,
      outcome: 'denied',
      note: 'Insults are not arguments.',
    });
    expect(await scoreOf(vera.userId)).toBe(before - 1);
    expect(await findScoreDifferences(database.db)).toEqual([]);
    const graveyard = await vera.client.users.graveyard.query({});
    expect(graveyard.items.find((i) => i.id === second.id)?.appeal).toEqual({
      status: 'denied',
      decisionNote: 'Insults are not arguments.',
    });
  });

  it('never lets an official judge their own appeal', async () => {
    const own = await rejected(olga, 3);
    const { id } = await olga.client.appeals.file.mutate({ kind: 'post', id: own, reason: PLEA });
    expect(
      await outcomeOf(
        olga.client.appeals.decide.mutate({ appealId: id, outcome: 'sustained', note: 'Fine.' }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      (await database.db.appeal.findUniqueOrThrow({ where: { id }, select: { status: true } }))
        .status,
    ).toBe('pending');
  });
});
