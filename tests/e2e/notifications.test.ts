// Notifications (docs/product.md §13) through the real api and worker: the Overlord's dispatches
// about verdicts on one's own submissions, approved messages received, appeal outcomes and
// sanctions; only of the kinds the citizen chose; only one's own can be read or marked read.
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
  it('tells the author of a verdict, and nobody who turned verdicts off', async () => {
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

    // Every kind until the citizen chooses; then exactly what they chose, in the page's order.
    expect((await vera.client.account.me.query()).dispatchKinds).toEqual([
      'verdicts',
      'appeals_and_reports',
      'messages',
      'sanctions',
      'replies_and_mentions',
      'followed_topics',
    ]);
    expect(
      await vera.client.notifications.setKinds.mutate({ kinds: ['sanctions', 'messages'] }),
    ).toEqual({ kinds: ['messages', 'sanctions'] });
    expect((await vera.client.account.me.query()).dispatchKinds).toEqual(['messages', 'sanctions']);
    await judgedPost(vera, nuclear, `${SOUND} (2).`);
    expect((await vera.client.notifications.list.query({})).total).toBe(1);
    // Topic proposals' and messages' verdicts are the same kind, written by other paths.
    await vera.client.notifications.setKinds.mutate({ kinds: [] });
    expect((await vera.client.account.me.query()).dispatchKinds).toEqual([]);
  });

  it('refuses a kind of dispatch that does not exist, with a message', async () => {
    const error = await vera.client.notifications.setKinds
      .mutate({ kinds: ['gossip' as 'verdicts'] })
      .catch((e: unknown) => e as { data?: { code?: string }; message: string });
    expect(error).toMatchObject({ data: { code: 'BAD_REQUEST' } });
    expect((error as { message: string }).message).toMatch(/not a kind of dispatch/);
  });

  it('marks one’s own notifications read, never anyone else’s', async () => {
    await vera.client.notifications.setKinds.mutate({
      kinds: [
        'verdicts',
        'appeals_and_reports',
        'messages',
        'sanctions',
        'replies_and_mentions',
        'followed_topics',
      ],
    });
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

  it('announces a sanction imposed, escalated and lifted, in the Overlord’s voice', async () => {
    const ivan = await stack.signIn('admin_ivan');
    await boris.client.notifications.markRead.mutate({});
    const imposed = await olga.client.sanctions.impose.mutate({
      username: 'citizen_boris',
      kind: 'rate_limit',
      rateLimit: { count: 2, windowSeconds: 3_600 },
      hours: 24,
      reason: 'Flooding the transit topic.',
    });
    const [first] = (await boris.client.notifications.list.query({})).items;
    expect(first).toMatchObject({
      kind: 'sanction.imposed',
      title: 'A rate limit was imposed on you',
      link: '/account',
      readAt: null,
    });
    // What it restricts and until when, to the minute, as the refusal at submission says it.
    const until = imposed.endsAt!.toISOString().slice(0, 16).replace('T', ' ');
    expect(first!.body).toContain('2 submissions per hour');
    expect(first!.body).toContain(`until ${until} UTC`);
    expect(first!.body).toContain('Flooding the transit topic.');

    const escalated = await ivan.client.sanctions.escalate.mutate({
      sanctionId: imposed.id,
      kind: 'freeze',
      hours: null,
      reason: 'Persisted after the limit.',
    });
    const [second] = (await boris.client.notifications.list.query({})).items;
    expect(second).toMatchObject({
      kind: 'sanction.escalated',
      title: 'Your sanction was escalated to a posting freeze',
    });
    expect(second!.body).toContain('until the Ministry lifts it');

    await ivan.client.sanctions.lift.mutate({ sanctionId: escalated.id });
    const [third] = (await boris.client.notifications.list.query({})).items;
    expect(third).toMatchObject({
      kind: 'sanction.lifted',
      title: 'Your posting freeze was lifted',
    });
    expect((await boris.client.notifications.unread.query()).unread).toBe(3);
  });

  it('sends no sanction dispatch to a citizen who turned sanctions off', async () => {
    await vera.client.notifications.setKinds.mutate({ kinds: ['verdicts'] });
    const before = (await vera.client.notifications.list.query({})).total;
    const sanction = await olga.client.sanctions.impose.mutate({
      username: 'citizen_vera',
      kind: 'freeze',
      hours: 1,
      reason: 'A quiet hour.',
    });
    expect((await vera.client.notifications.list.query({})).total).toBe(before);
    // The sanction itself holds all the same.
    expect((await vera.client.sanctions.mine.query()).map((s) => s.id)).toContain(sanction.id);
  });
});
