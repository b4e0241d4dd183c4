// Data and privacy (docs/product.md §14) through the real api and worker: a citizen downloads
// everything held about them; closing the account signs them out at once and the worker erases
// their personal data while their public statements stay under an anonymous name; retention removes
// what is past its period without breaking the loyalty ledger.
import { applyRetention } from '@overlord/core';
import { findScoreDifferences } from '@overlord/core/leaderboard';
import { stableId } from '@overlord/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TestDatabase } from '../helpers/database.ts';
import {
  judgedPost,
  outcomeOf,
  type SignedIn,
  startSeededStack,
  type TestStack,
  waitFor,
} from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let boris: SignedIn;
let vera: SignedIn;
const nuclear = stableId('topic:nuclear');
const SOUND =
  'Nuclear plants run day and night, so they can replace coal without the storage that wind needs, according to grid operators.';
const LETTER = 'Vera, the grid operators agree with you about baseload, because storage is scarce.';

beforeAll(async () => {
  ({ database, stack } = await startSeededStack());
  boris = await stack.signIn('citizen_boris');
  vera = await stack.signIn('citizen_vera');
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

describe('data and privacy', () => {
  let postId: string;

  it('exports everything held about the citizen', async () => {
    postId = (await judgedPost(boris, nuclear, SOUND)).id;
    const sent = await boris.client.messages.send.mutate({ to: 'citizen_vera', body: LETTER });
    await waitFor(
      async () => (await boris.client.messages.status.query({ id: sent.id })).status !== 'pending',
      15_000,
    );

    const data = await boris.client.account.export.query();
    expect(data.account).toMatchObject({ username: 'citizen_boris', id: boris.userId });
    expect(data.account.email).toBeTruthy();
    expect(data.posts).toContainEqual(expect.objectContaining({ id: postId, body: SOUND }));
    expect(data.messages).toContainEqual(
      expect.objectContaining({ direction: 'sent', counterpart: 'citizen_vera', body: LETTER }),
    );
    expect(data.loyaltyEvents.length).toBeGreaterThan(0);
    // Someone else's data is not in it.
    expect(JSON.stringify(data)).not.toContain((await vera.client.account.me.query()).email!);
  });

  it('closes the account at once and erases its personal data, keeping public statements', async () => {
    expect(
      await outcomeOf(boris.client.account.requestDeletion.mutate({ confirmUsername: 'boris' })),
    ).toBe('BAD_REQUEST');
    await boris.client.account.requestDeletion.mutate({ confirmUsername: 'citizen_boris' });
    expect(await outcomeOf(boris.client.account.me.query())).toBe('UNAUTHORIZED');

    const erased = await waitFor(async () => {
      const user = await database.db.user.findUniqueOrThrow({ where: { id: boris.userId } });
      return user.username.startsWith('Anonymous Citizen ') && user;
    }, 15_000);
    expect(erased).toMatchObject({ email: null, name: null });
    expect(erased.deletedAt).not.toBeNull();
    expect(await database.db.privateMessage.count({ where: { senderId: boris.userId } })).toBe(0);
    expect(await database.db.account.count({ where: { userId: boris.userId } })).toBe(0);

    const thread = await stack.client().posts.byTopic.query({ topicId: nuclear });
    expect(thread.items.find((p) => p.id === postId)?.author.username).toBe(erased.username);
    const board = await stack.client().users.leaderboard.query({});
    expect(JSON.stringify(board)).not.toContain(boris.userId);
    expect(await findScoreDifferences(database.db)).toEqual([]);
  });

  it('applies the retention periods and keeps every score equal to its events', async () => {
    const vid = vera.userId;
    const conversation = await database.db.conversation.findFirstOrThrow({ select: { id: true } });
    const old = await database.db.privateMessage.create({
      data: {
        conversationId: conversation.id,
        senderId: vid,
        recipientId: (
          await database.db.user.findUniqueOrThrow({ where: { username: 'citizen_ada' } })
        ).id,
        body: 'A message from long ago.',
        status: 'approved',
        submittedAt: new Date(Date.now() - 400 * 86_400_000),
      },
      select: { id: true },
    });
    const session = await database.db.session.create({
      data: {
        sessionToken: 'old-session-token',
        userId: vid,
        expires: new Date(Date.now() + 86_400_000),
        ipAddress: '203.0.113.9',
        createdAt: new Date(Date.now() - 100 * 86_400_000),
      },
      select: { id: true },
    });
    const ancient = await database.db.moderationEvent.create({
      data: {
        idempotencyKey: 'ancient-event',
        userId: vid,
        kind: 'post_approved',
        delta: 1,
        reasonCodes: ['evidence'],
        createdAt: new Date(Date.now() - 8 * 365 * 86_400_000),
      },
      select: { id: true },
    });
    await database.db.user.update({ where: { id: vid }, data: { loyaltyScore: { increment: 1 } } });

    const report = await applyRetention(database.db);
    expect(report.privateMessages).toBeGreaterThanOrEqual(1);
    expect(report.sessions).toBeGreaterThanOrEqual(1);
    expect(report.moderationEventsStripped).toBe(1);
    expect(await database.db.privateMessage.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await database.db.session.findUnique({ where: { id: session.id } })).toBeNull();
    // The ancient event keeps its weight in the ledger, without its details.
    expect(
      await database.db.moderationEvent.findUniqueOrThrow({
        where: { id: ancient.id },
        select: { delta: true, reasonCodes: true },
      }),
    ).toEqual({ delta: 1, reasonCodes: [] });
    expect(await findScoreDifferences(database.db)).toEqual([]);
    // Recent data is untouched: Vera is still signed in.
    expect((await vera.client.account.me.query()).username).toBe('citizen_vera');
  });
});
