// Following topics, blocking citizens and reporting private messages through the real api and
// worker: dispatches of new approved statements at most once an hour per topic, "new since your
// last visit", blocks that refuse messages and silence a blocked author without telling them,
// and reports of private messages that only admins see (docs/product.md §20, §21, §22).
import { notifyFollowers } from '@overlord/core';
import { stableId } from '@overlord/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { TestDatabase } from '../helpers/database.ts';
import {
  drainPending,
  judgedPost,
  outcomeOf,
  type SignedIn,
  startSeededStack,
  type TestStack,
  waitFor,
} from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let vera: SignedIn;
let boris: SignedIn;
let ada: SignedIn;
let olga: SignedIn;
let ivan: SignedIn;
const transit = stableId('topic:transit');
const nuclear = stableId('topic:nuclear');

const SOUND =
  'Frequent buses matter more than free fares, because riders choose transit when the wait is short';

const REACTORS =
  'Reactor waste is small in volume and can be stored safely underground, because modern casks have held it for decades';

const followDispatches = (who: SignedIn) =>
  database.db.notification.findMany({
    where: { userId: who.userId, kind: 'follow.topic' },
    orderBy: { createdAt: 'asc' },
    select: { title: true, body: true, link: true },
  });

beforeAll(async () => {
  ({ database, stack } = await startSeededStack());
  vera = await stack.signIn('citizen_vera');
  boris = await stack.signIn('citizen_boris');
  ada = await stack.signIn('citizen_ada');
  olga = await stack.signIn('moderator_olga');
  ivan = await stack.signIn('admin_ivan');

  await drainPending(database.db);
  await database.db.notification.deleteMany({});
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

describe('following a topic', () => {
  it('sends one dispatch for new approved statements, then waits out the hour', async () => {
    expect(await boris.client.follows.follow.mutate({ topicId: transit })).toEqual({
      topicId: transit,
      following: true,
    });
    expect((await boris.client.follows.state.query({ topicId: transit })).following).toBe(true);

    await judgedPost(vera, transit, `${SOUND} (1).`);
    const [first] = await waitFor(async () => {
      const found = await followDispatches(boris);
      return found.length > 0 && found;
    }, 15_000);
    expect(first).toEqual({
      title: 'New statements in “Should public transport be free at the point of use?”',
      body: 'One new statement has cleared inspection in a topic you follow.',
      link: `/topics/${transit}`,
    });

    // A second approval inside the hour: no second dispatch, a run booked for the hour's end.
    await judgedPost(vera, transit, `${SOUND} (2).`);
    const booked = await waitFor(async () => {
      const [job] = await database.db.$queryRawUnsafe<{ run_at: Date }[]>(
        `SELECT run_at FROM graphile_worker.jobs WHERE key = $1 AND locked_at IS NULL`,
        `notify-followers:${transit}`,
      );
      return job && job.run_at.getTime() > Date.now() + 50 * 60_000 && job;
    }, 15_000);
    expect(booked.run_at.getTime()).toBeLessThanOrEqual(Date.now() + 60 * 60_000);
    expect(await followDispatches(boris)).toHaveLength(1);

    // An hour later (every stamp moved 61 minutes back) the booked run tells of what came
    // since, once.
    await database.db.$executeRawUnsafe(
      `UPDATE topic_follows SET created_at = created_at - interval '61 minutes',
              last_seen_at = last_seen_at - interval '61 minutes',
              last_dispatched_at = last_dispatched_at - interval '61 minutes'
        WHERE topic_id = $1::uuid`,
      transit,
    );
    await database.db.$executeRawUnsafe(
      `UPDATE posts SET decided_at = decided_at - interval '61 minutes' WHERE topic_id = $1::uuid`,
      transit,
    );
    expect((await notifyFollowers(stack.deps, transit)).notified).toBe(1);
    expect((await notifyFollowers(stack.deps, transit)).notified).toBe(0);
    const dispatches = await followDispatches(boris);
    expect(dispatches).toHaveLength(2);
    expect(dispatches[1]!.body).toBe(
      'One new statement has cleared inspection in a topic you follow.',
    );
  });

  it('marks what is new since the last visit, and a visit clears it', async () => {
    const before = await boris.client.follows.state.query({ topicId: transit });
    expect(before.newSinceLastVisit).toBe(2);
    const [listed] = await boris.client.follows.list.query();
    expect(listed).toMatchObject({ topic: { id: transit }, newSinceLastVisit: 2 });
    await boris.client.follows.markSeen.mutate({ topicId: transit });
    expect((await boris.client.follows.state.query({ topicId: transit })).newSinceLastVisit).toBe(
      0,
    );
  });

  it('does not count one’s own statements, and stops on unfollow', async () => {
    await database.db.topicFollow.updateMany({ data: { lastDispatchedAt: null } });
    await judgedPost(boris, transit, `${SOUND} (boris).`);
    expect((await notifyFollowers(stack.deps, transit)).notified).toBe(0);
    await boris.client.follows.unfollow.mutate({ topicId: transit });
    await judgedPost(vera, transit, `${SOUND} (3).`);
    expect((await notifyFollowers(stack.deps, transit)).notified).toBe(0);
    expect(await followDispatches(boris)).toHaveLength(2);
    expect(await boris.client.follows.list.query()).toEqual([]);
  });

  it('refuses to follow a topic that is not public', async () => {
    expect(await outcomeOf(boris.client.follows.follow.mutate({ topicId: stableId('nope') }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('blocking a citizen', () => {
  it('refuses their messages plainly and tells them nothing', async () => {
    await boris.client.blocks.add.mutate({ username: 'citizen_vera' });
    expect(await boris.client.blocks.list.query()).toEqual([
      { username: 'citizen_vera', since: expect.any(Date) },
    ]);
    await expect(
      vera.client.messages.send.mutate({ to: 'citizen_boris', body: `${SOUND}.` }),
    ).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
      message:
        'This citizen does not accept messages from you. The Ministry will not deliver them.',
    });
    await expect(
      boris.client.messages.send.mutate({ to: 'citizen_vera', body: `${SOUND}.` }),
    ).rejects.toMatchObject({ data: { code: 'PRECONDITION_FAILED' } });
    // Nothing was stored, and the blocked citizen has no dispatch and no list naming Boris.
    expect(await database.db.privateMessage.count({ where: { senderId: vera.userId } })).toBe(0);
    expect(await database.db.notification.count({ where: { userId: vera.userId } })).toBe(
      await database.db.notification.count({
        where: { userId: vera.userId, kind: { startsWith: 'verdict.' } },
      }),
    );
    expect(await vera.client.blocks.list.query()).toEqual([]);
  });

  it('keeps a blocked author’s statements out of follow dispatches', async () => {
    await boris.client.follows.follow.mutate({ topicId: nuclear });
    await judgedPost(vera, nuclear, `${REACTORS} (vera).`);
    await drainPending(database.db);
    expect((await notifyFollowers(stack.deps, nuclear)).notified).toBe(0);
    expect((await boris.client.follows.state.query({ topicId: nuclear })).newSinceLastVisit).toBe(
      0,
    );
    await judgedPost(ada, nuclear, `${REACTORS} (ada).`);
    await waitFor(async () => (await followDispatches(boris)).length === 3, 15_000);
  });

  it('unblocking lets messages through again; nobody blocks themselves or a stranger', async () => {
    await boris.client.blocks.remove.mutate({ username: 'citizen_vera' });
    expect(await boris.client.blocks.list.query()).toEqual([]);
    expect(
      await outcomeOf(vera.client.messages.send.mutate({ to: 'citizen_boris', body: `${SOUND}.` })),
    ).toBe('ok');
    expect(await outcomeOf(boris.client.blocks.add.mutate({ username: 'citizen_boris' }))).toBe(
      'BAD_REQUEST',
    );
    expect(await outcomeOf(boris.client.blocks.add.mutate({ username: 'nobody_here' }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('reporting a private message', () => {
  it('goes to admins only, and an admin’s read of it is audited', async () => {
    const sent = await vera.client.messages.send.mutate({
      to: 'citizen_ada',
      body: `${SOUND}, as I keep telling you.`,
    });
    await waitFor(async () => {
      const status = await vera.client.messages.status.query({ id: sent.id });
      return status.status === 'approved';
    }, 15_000);

    // Only the recipient may report it, once.
    expect(
      await outcomeOf(
        vera.client.messages.report.mutate({
          messageId: sent.id,
          reason: 'Reporting my own words.',
        }),
      ),
    ).toBe('NOT_FOUND');
    const report = await ada.client.messages.report.mutate({
      messageId: sent.id,
      reason: 'This citizen keeps writing to me after I asked them to stop.',
    });
    expect(
      await outcomeOf(
        ada.client.messages.report.mutate({
          messageId: sent.id,
          reason: 'And again, please look.',
        }),
      ),
    ).toBe('CONFLICT');

    // Moderators never see private messages, reports of them included.
    expect(await outcomeOf(olga.client.admin.messageReports.query())).toBe('FORBIDDEN');
    const reports = await ivan.client.admin.messageReports.query();
    expect(reports).toEqual([
      {
        id: report.id,
        messageId: sent.id,
        reason: 'This citizen keeps writing to me after I asked them to stop.',
        createdAt: expect.any(Date),
        reporter: 'citizen_ada',
        sender: 'citizen_vera',
      },
    ]);
    expect(JSON.stringify(reports)).not.toContain('as I keep telling you');

    const read = await ivan.client.admin.readMessage.mutate({ messageId: sent.id });
    expect(read.body).toContain('as I keep telling you');
    await ivan.client.admin.closeMessageReport.mutate({ reportId: report.id, note: 'Warned.' });
    expect(await ivan.client.admin.messageReports.query()).toEqual([]);
    const audit = await database.db.auditLog.findMany({
      where: { actorId: ivan.userId },
      orderBy: { createdAt: 'asc' },
      select: { action: true, targetId: true },
    });
    expect(audit).toEqual([
      { action: 'message.read', targetId: sent.id },
      { action: 'message_report.close', targetId: report.id },
    ]);
  });
});
