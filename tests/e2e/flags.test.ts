// "Report treason" (docs/product.md §10, §8) through the real api and worker: citizens report
// public statements; moderators decide every report of an item at once; a sustained report hides
// the item live and scores it as a rejection; dismissed reports cost nothing until they pile up,
// and then the reporter's speech is rate-limited.
import { FRIVOLOUS_REPORTS, FRIVOLOUS_SANCTION } from '@overlord/core';
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
let ada: SignedIn;
let olga: SignedIn;
const nuclear = stableId('topic:nuclear');

const SOUND =
  'Nuclear plants run day and night, so they can replace coal without the storage that wind needs, according to grid operators';
const REPORT = 'This copies a pamphlet word for word and hides where it came from.';

beforeAll(async () => {
  ({ database, stack } = await startSeededStack());
  vera = await stack.signIn('citizen_vera');
  boris = await stack.signIn('citizen_boris');
  ada = await stack.signIn('citizen_ada');
  olga = await stack.signIn('moderator_olga');
  // Scores are compared below: let the worker finish what the seed left pending first.
  await drainPending(database.db);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

async function approved(who: SignedIn, n: number): Promise<string> {
  const verdict = await judgedPost(who, nuclear, `${SOUND} (${n}).`);
  expect(verdict.status).toBe('approved');
  return verdict.id;
}

const scoreOf = async (userId: string) =>
  (await database.db.user.findUniqueOrThrow({ where: { id: userId } })).loyaltyScore;

describe('reports of treason', () => {
  let post: string;
  let flagId: string;

  it('takes one report per citizen and item, never about one’s own words', async () => {
    post = await approved(vera, 1);
    expect(
      await outcomeOf(boris.client.flags.file.mutate({ kind: 'post', id: post, reason: 'bad' })),
    ).toBe('BAD_REQUEST');
    expect(
      await outcomeOf(vera.client.flags.file.mutate({ kind: 'post', id: post, reason: REPORT })),
    ).toBe('BAD_REQUEST');
    expect(
      await outcomeOf(
        boris.client.flags.file.mutate({ kind: 'post', id: stableId('nothing'), reason: REPORT }),
      ),
    ).toBe('NOT_FOUND');

    const filed = await boris.client.flags.file.mutate({ kind: 'post', id: post, reason: REPORT });
    expect(filed.status).toBe('pending');
    flagId = filed.id;
    expect(
      await outcomeOf(boris.client.flags.file.mutate({ kind: 'post', id: post, reason: REPORT })),
    ).toBe('CONFLICT');
    await ada.client.flags.file.mutate({
      kind: 'post',
      id: post,
      reason: 'Seconded: it is lifted from somewhere else.',
    });

    const queue = await olga.client.flags.queue.query({});
    expect(queue.items.find((c) => c.id === flagId)).toMatchObject({
      kind: 'post',
      contentId: post,
      reporter: { username: 'citizen_boris' },
      author: { username: 'citizen_vera' },
      text: `${SOUND} (1).`,
      reports: 2,
    });
    expect(await outcomeOf(boris.client.flags.queue.query({}))).toBe('FORBIDDEN');
  });

  it('hides a sustained item live, for every report, and scores it as a rejection', async () => {
    const before = await scoreOf(vera.userId);
    const decided = await olga.client.flags.decide.mutate({
      flagId,
      outcome: 'sustained',
      note: 'Copied without attribution.',
    });
    expect(decided).toMatchObject({ status: 'sustained', reports: 2 });
    // +1 from the approval taken back, −1 for a rejection.
    expect(await scoreOf(vera.userId)).toBe(before - 2);
    expect(await findScoreDifferences(database.db)).toEqual([]);
    expect(await database.db.flag.count({ where: { postId: post, status: 'sustained' } })).toBe(2);

    const thread = await stack.client().posts.byTopic.query({ topicId: nuclear });
    expect(thread.items.some((p) => p.id === post)).toBe(false);
    const graveyard = await vera.client.users.graveyard.query({});
    expect(graveyard.items.find((i) => i.id === post)).toMatchObject({ hiddenByFlag: true });
    const entries = await stack.deps.redis.xrange(streams.topic(nuclear), '-', '+');
    const last = entries
      .map(([, fields]) => JSON.parse(fields[1]!) as { type: string; id: string; status: string })
      .filter((e) => e.id === post)
      .at(-1);
    expect(last).toMatchObject({ type: 'decided', status: 'rejected' });
    // Hidden now, so not reportable; and decided once.
    expect(
      await outcomeOf(ada.client.flags.file.mutate({ kind: 'post', id: post, reason: REPORT })),
    ).toBe('NOT_FOUND');
    expect(
      await outcomeOf(
        olga.client.flags.decide.mutate({ flagId, outcome: 'dismissed', note: 'No.' }),
      ),
    ).toBe('CONFLICT');
  });

  it('rate-limits a reporter whose reports keep being dismissed', async () => {
    const borisBefore = await scoreOf(boris.userId);
    for (let i = 0; i < FRIVOLOUS_REPORTS.count; i++) {
      const target = await approved(ada, 10 + i);
      const { id } = await boris.client.flags.file.mutate({
        kind: 'post',
        id: target,
        reason: `${REPORT} (${i})`,
      });
      await olga.client.flags.decide.mutate({
        flagId: id,
        outcome: 'dismissed',
        note: 'Nothing wrong with it.',
      });
      const sanctions = await database.db.sanction.count({ where: { userId: boris.userId } });
      expect(sanctions).toBe(i + 1 < FRIVOLOUS_REPORTS.count ? 0 : 1);
    }
    // Dismissals themselves cost nothing.
    expect(await scoreOf(boris.userId)).toBe(borisBefore);
    const sanction = await database.db.sanction.findFirstOrThrow({
      where: { userId: boris.userId },
    });
    expect(sanction).toMatchObject({
      kind: 'rate_limit',
      rateLimitCount: FRIVOLOUS_SANCTION.count,
      rateLimitWindowSeconds: FRIVOLOUS_SANCTION.windowSeconds,
    });
    // The limit holds on his next statements.
    for (let i = 0; i < FRIVOLOUS_SANCTION.count; i++) {
      await boris.client.posts.submit.mutate({ topicId: nuclear, body: `${SOUND} (boris ${i}).` });
    }
    expect(
      await outcomeOf(
        boris.client.posts.submit.mutate({ topicId: nuclear, body: `${SOUND} (more).` }),
      ),
    ).toBe('TOO_MANY_REQUESTS');
  });

  it('never lets an official judge a report about their own words', async () => {
    const own = await approved(olga, 20);
    const { id } = await ada.client.flags.file.mutate({ kind: 'post', id: own, reason: REPORT });
    expect(
      await outcomeOf(
        olga.client.flags.decide.mutate({ flagId: id, outcome: 'dismissed', note: 'Fine.' }),
      ),
    ).toBe('FORBIDDEN');
  });
});
