// Notifications (docs/product.md §13) through the real api and worker: the Overlord's dispatches
// about verdicts on one's own submissions, approved messages received and appeal outcomes; only for
// citizens who opted in; only one's own can be read or marked read.
import { stableId } from '@overlord/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TestDatabase } from '../helpers/database.ts';
import {
  drainPending,
  judgedPost,
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
const nuclear = stableId('topic:nuclear');

const SOUND =
  'Reactor waste is small in volume and can be stored safely underground, because modern casks have held it for decades';
const INSULT = 'You are an idiot if you believe this, the whole idea is stupid';

beforeAll(async () => {
  ({ database, stack } = await startSeededStack());
  vera = await stack.signIn('citizen_vera');
  boris = await stack.signIn('citizen_boris');
  olga = await stack.signIn('moderator_olga');
  // The worker first judges what the seed left pending (and notifies about it).
  await drainPending(database.db);
  await database.db.notification.deleteMany({});
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

describe('notifications', () => {
  it('tells the author of a verdict, and nobody who opted out', async () => {
    const verdict = await judgedPost(vera, nuclear, `${SOUND} (1).`);
    expect(verdict.status).toBe('approved');
    const inbox = await vera.client.notifications.list.query({});
    expect(inbox.unread).toBe(1);
    expect(inbox.items).toEqual([
      expect.objectContaining({
        kind: 'verdict.post',
        title: 'Your statement was approved',
        link: `/topics/${nuclear}`,
        readAt: null,
      }),
    ]);
    expect(inbox.items[0]!.body).toBe(verdict.feedback);

    expect(await vera.client.notifications.setOptIn.mutate({ optIn: false })).toEqual({
      optIn: false,
    });
    expect((await vera.client.account.me.query()).notificationsOptIn).toBe(false);
    await judgedPost(vera, nuclear, `${SOUND} (2).`);
    expect((await vera.client.notifications.list.query({})).total).toBe(1);
  });

  it('marks one’s own notifications read, never anyone else’s', async () => {
    await judgedPost(boris, nuclear, `${SOUND} (boris).`);
    const [borisNote] = (await boris.client.notifications.list.query({})).items;
    expect(await vera.client.notifications.markRead.mutate({ ids: [borisNote!.id] })).toEqual({
      marked: 0,
    });
    expect((await boris.client.notifications.unread.query()).unread).toBe(1);
    expect(await vera.client.notifications.markRead.mutate({})).toEqual({ marked: 1 });
    expect((await vera.client.notifications.unread.query()).unread).toBe(0);
    expect(await boris.client.notifications.markRead.mutate({ ids: [borisNote!.id] })).toEqual({
      marked: 1,
    });
  });

  it('announces an approved message to its recipient and an appeal’s outcome to its author', async () => {
    const sent = await vera.client.messages.send.mutate({
      to: 'citizen_boris',
      body: 'Boris, frequent buses matter more than free fares, because riders value short waits.',
    });
    await waitFor(
      async () =>
        (await boris.client.notifications.list.query({})).items.find(
          (n) => n.kind === 'message.received',
        ),
      15_000,
    );
    const received = (await boris.client.notifications.list.query({})).items.find(
      (n) => n.kind === 'message.received',
    )!;
    expect(received).toMatchObject({
      title: 'A message from citizen_vera has cleared inspection',
      link: '/messages/citizen_vera',
    });
    expect(sent.id).toBeTruthy();

    const rejected = await judgedPost(boris, nuclear, `${INSULT} (appeal).`);
    expect(rejected.status).toBe('rejected');
    const appeal = await boris.client.appeals.file.mutate({
      kind: 'post',
      id: rejected.id,
      reason: 'The point about cost stands, whatever the tone.',
    });
    await olga.client.appeals.decide.mutate({
      appealId: appeal.id,
      outcome: 'denied',
      note: 'Insults are not arguments.',
    });
    const kinds = (await boris.client.notifications.list.query({})).items.map((n) => n.kind);
    // Newest first: the appeal's outcome, then the verdict it contested.
    expect(kinds.slice(0, 2)).toEqual(['appeal.denied', 'verdict.post']);
  });
});
