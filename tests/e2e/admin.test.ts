// Running the Ministry (docs/product.md §18): the held-items review, run-time settings through
// the one cached accessor, citizen administration, the audit log (what admins and superadmins
// each see, the CSV export's rows, appeal and report decisions recorded) and the dashboard's
// figures, each read from the database.
import { HELD_FEEDBACK, readSettings, rejectAtOnce, SETTINGS_VERSION_KEY } from '@overlord/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApprovedTopics, type TestDatabase } from '../helpers/database.ts';
import {
  drainPending,
  outcomeOf,
  type SignedIn,
  startSeededStack,
  type TestStack,
  waitFor,
} from '../helpers/stack.ts';

let database: TestDatabase;
let stack: TestStack;
let topicId: string;
let boris: SignedIn;
let vera: SignedIn;
let olga: SignedIn;
let ivan: SignedIn;
let nadia: SignedIn;

beforeAll(async () => {
  ({ database, stack } = await startSeededStack());
  [topicId] = (await createApprovedTopics(database.db, 1)) as [string];
  [boris, vera, olga, ivan, nadia] = (await Promise.all(
    ['citizen_boris', 'citizen_vera', 'moderator_olga', 'admin_ivan', 'superadmin_nadia'].map((u) =>
      stack.signIn(u),
    ),
  )) as [SignedIn, SignedIn, SignedIn, SignedIn, SignedIn];
  await drainPending(database.db);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const scoreOf = async (id: string) =>
  (await database.db.user.findUniqueOrThrow({ where: { id }, select: { loyaltyScore: true } }))
    .loyaltyScore;

/** A statement the screen could not inspect, stored exactly as the submit path stores it. */
async function heldPost(author: SignedIn, body: string): Promise<string> {
  const { row } = await rejectAtOnce(stack.deps, {
    kind: 'post',
    authorId: author.userId,
    screen: { kind: 'held', reason: 'safety screen timed out after 1500 ms' },
    create: (tx, fields) =>
      tx.post.create({
        data: { topicId, authorId: author.userId, body, ...fields },
        select: { id: true },
      }),
  });
  return row.id;
}

describe('the held-items review', () => {
  it('lists held items oldest first with the reason, and releases one to be judged in order', async () => {
    const before = await scoreOf(boris.userId);
    const first = await heldPost(
      boris,
      'Nuclear plants emit far less carbon than coal plants, so replacing coal with nuclear cuts emissions.',
    );
    const second = await heldPost(
      boris,
      'Coal mining kills more workers per unit of energy than nuclear power, because mining is dangerous.',
    );
    // The screen hold cost a rejection's weight, as every screen rejection does.
    expect(await scoreOf(boris.userId)).toBe(before - 2);

    const list = await olga.client.held.list.query({});
    const ids = list.map((i) => i.id);
    expect(ids.indexOf(first)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    expect(list.find((i) => i.id === first)).toMatchObject({
      kind: 'post',
      author: 'citizen_boris',
      topic: { id: topicId },
      error: 'safety screen timed out after 1500 ms',
    });

    const released = await olga.client.held.decide.mutate({
      kind: 'post',
      id: first,
      outcome: 'release',
      note: 'The screen timed out; the text is harmless.',
    });
    expect(released).toEqual({ kind: 'post', id: first, status: 'pending' });
    // The Overlord judges it normally: the offline judge approves a reasoned statement.
    const judged = await waitFor(async () => {
      const post = await database.db.post.findUniqueOrThrow({
        where: { id: first },
        select: { status: true, heldForReview: true, feedback: true, reviewStartedAt: true },
      });
      return post.status !== 'pending' && post;
    }, 20_000);
    expect(judged.heldForReview).toBe(false);
    expect(judged.reviewStartedAt).not.toBeNull();
    expect(judged.feedback).not.toBe(HELD_FEEDBACK);
    // The screen's penalty is gone and the verdict counted once, under the verdict's own key.
    const events = await database.db.moderationEvent.findMany({ where: { postId: first } });
    expect(events).toHaveLength(1);
    expect(events[0]!.kind).toBe(judged.status === 'approved' ? 'post_approved' : 'post_rejected');
    await waitFor(async () => (await scoreOf(boris.userId)) === before - 1 + events[0]!.delta);

    const audit = await database.db.auditLog.findFirstOrThrow({
      where: { action: 'held.release', targetId: first },
    });
    expect(audit).toMatchObject({ actorId: olga.userId, targetType: 'post' });
    expect(audit.after).toMatchObject({ status: 'pending', note: expect.any(String) });

    // Decided once: a second decision is refused, and it is off the list.
    expect(
      await outcomeOf(
        olga.client.held.decide.mutate({ kind: 'post', id: first, outcome: 'reject', note: 'No.' }),
      ),
    ).toBe('CONFLICT');
    expect((await olga.client.held.list.query({})).map((i) => i.id)).not.toContain(first);
  }, 40_000);

  it('rejects a held item as a terms violation, audited, with no second penalty', async () => {
    const id = await heldPost(
      vera,
      'A statement the screen could not inspect in time, twice over.',
    );
    const score = await scoreOf(vera.userId);
    await olga.client.held.decide.mutate({
      kind: 'post',
      id,
      outcome: 'reject',
      note: 'Abusive on inspection.',
    });
    const post = await database.db.post.findUniqueOrThrow({ where: { id } });
    expect(post).toMatchObject({
      status: 'rejected',
      heldForReview: false,
      termsViolation: true,
      rejectionReason: 'terms_violation',
    });
    expect(await scoreOf(vera.userId)).toBe(score);
    expect(
      await database.db.auditLog.count({ where: { action: 'held.reject', targetId: id } }),
    ).toBe(1);
  });

  it('a held item that never cost loyalty (a failing queue head) costs it once when rejected', async () => {
    const post = await database.db.post.create({
      data: {
        topicId,
        authorId: vera.userId,
        body: 'A head whose evaluation kept failing until it was held for moderators.',
        status: 'rejected',
        heldForReview: true,
        evaluation: { error: 'provider answered malformed output' },
        decidedAt: new Date(),
      },
      select: { id: true },
    });
    const score = await scoreOf(vera.userId);
    await olga.client.held.decide.mutate({
      kind: 'post',
      id: post.id,
      outcome: 'reject',
      note: 'Read by hand; it breaks the terms.',
    });
    expect(await scoreOf(vera.userId)).toBe(score - 1);
  });

  it('names an unknown item NOT_FOUND and a bad note BAD_REQUEST', async () => {
    expect(
      await outcomeOf(
        olga.client.held.decide.mutate({
          kind: 'post',
          id: '01900000-0000-7000-8000-000000000000',
          outcome: 'release',
          note: 'Nothing here.',
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      await outcomeOf(
        olga.client.held.decide.mutate({
          kind: 'post',
          id: '01900000-0000-7000-8000-000000000000',
          outcome: 'release',
          note: '',
        }),
      ),
    ).toBe('BAD_REQUEST');
  });
});

describe('run-time settings', () => {
  it('a submission limit set by a superadmin applies to the very next submission, and is audited', async () => {
    const submit = (n: number) =>
      outcomeOf(
        boris.client.posts.submit.mutate({
          topicId,
          body: `Nuclear power replaces coal without carbon because fission burns no fuel in air (${n}).`,
        }),
      );
    expect(await submit(1)).toBe('ok');
    const recent = await database.db.post.count({
      where: { authorId: boris.userId, submittedAt: { gt: new Date(Date.now() - 600_000) } },
    });
    const view = await nadia.client.admin.updateSetting.mutate({
      key: 'submission_limit.post',
      value: { count: recent, windowSeconds: 600 },
    });
    expect(view.effective.submissionLimits.post).toEqual({ count: recent, windowSeconds: 600 });
    const refused = await boris.client.posts.submit
      .mutate({ topicId, body: 'Nuclear waste is small in volume because fission is dense (2).' })
      .catch((e: { data?: { code?: string }; message: string }) => e);
    expect(refused).toMatchObject({ data: { code: 'TOO_MANY_REQUESTS' } });
    expect((refused as { message: string }).message).toMatch(
      /at most \d+ statements per 10 minutes/,
    );

    const audit = await database.db.auditLog.findFirstOrThrow({
      where: { action: 'settings.update', targetId: 'submission_limit.post' },
    });
    expect(audit).toMatchObject({ actorId: nadia.userId, before: { value: null } });

    // Back to the default (the test stack's: none).
    const reset = await nadia.client.admin.updateSetting.mutate({
      key: 'submission_limit.post',
      value: null,
    });
    expect(reset.effective.submissionLimits.post).toBeNull();
    expect(await submit(3)).toBe('ok');
  });

  it('refuses values out of bounds with a readable message', async () => {
    const error = await nadia.client.admin.updateSetting
      .mutate({ key: 'submission_limit.topic', value: { count: 5, windowSeconds: 5 } })
      .catch((e: { data?: { code?: string }; message: string }) => e);
    expect(error).toMatchObject({ data: { code: 'BAD_REQUEST' } });
    expect(JSON.stringify(error)).toMatch(/at least a minute/);
    expect(await outcomeOf(ivan.client.admin.settings.query())).toBe('FORBIDDEN');
  });

  it('every instance rereads on the next request once the version moves, and not before', async () => {
    const deps = { db: database.db, redis: stack.deps.redis };
    expect((await readSettings(deps)).appealCooldownSeconds).toBe(300);
    // Another instance's write: the row, then the version counter.
    await database.db.platformSetting.create({
      data: { key: 'appeal_cooldown_seconds', value: 60 },
    });
    expect((await readSettings(deps)).appealCooldownSeconds).toBe(300);
    await stack.deps.redis.incr(SETTINGS_VERSION_KEY);
    expect((await readSettings(deps)).appealCooldownSeconds).toBe(60);
    await database.db.platformSetting.delete({ where: { key: 'appeal_cooldown_seconds' } });
    await stack.deps.redis.incr(SETTINGS_VERSION_KEY);
    expect((await readSettings(deps)).appealCooldownSeconds).toBe(300);
  });
});

describe('citizen administration and the audit log', () => {
  it('finds citizens by name or email and shows one citizen’s file', async () => {
    const vEmail = (
      await database.db.user.findUniqueOrThrow({
        where: { id: vera.userId },
        select: { email: true },
      })
    ).email;
    const byName = await ivan.client.admin.citizens.query({ q: 'vera' });
    expect(byName.items.map((c) => c.username)).toContain('citizen_vera');
    if (vEmail) {
      const byEmail = await ivan.client.admin.citizens.query({ q: vEmail.slice(0, 6) });
      expect(byEmail.items.map((c) => c.username)).toContain('citizen_vera');
    }
    const file = await ivan.client.admin.citizen.query({ username: 'citizen_vera' });
    expect(file).toMatchObject({ username: 'citizen_vera', role: 'citizen', banned: false });
    expect(file.decisions.length).toBeGreaterThan(0);
    expect(await outcomeOf(olga.client.admin.citizens.query({ q: 'vera' }))).toBe('FORBIDDEN');
  });

  it('records a role change and a ban with their reasons; admins do not see superadmin actions', async () => {
    const zoe = await database.db.user.create({
      data: { username: 'citizen_zoe_admin', email: 'zoe@example.test' },
      select: { id: true },
    });
    await nadia.client.admin.setRole.mutate({
      userId: zoe.id,
      role: 'moderator',
      reason: 'Promoted for diligence.',
    });
    const banned = await nadia.client.admin.ban.mutate({
      userId: zoe.id,
      reason: 'Sedition in the tram queue.',
    });
    expect(banned).toMatchObject({ banned: true, banReason: 'Sedition in the tram queue.' });

    const seen = await nadia.client.admin.auditLog.query({ target: 'citizen_zoe_admin' });
    expect(seen.items.map((r) => r.action)).toEqual(['user.ban', 'user.role_change']);
    expect(seen.items[1]).toMatchObject({
      actor: 'superadmin_nadia',
      after: { role: 'moderator', reason: 'Promoted for diligence.' },
    });
    const byAction = await nadia.client.admin.auditLog.query({ action: 'user.' });
    expect(byAction.items.every((r) => r.action.startsWith('user.'))).toBe(true);

    // Admins: everything except superadmin actions.
    const adminView = await ivan.client.admin.auditLog.query({ pageSize: 100 });
    expect(adminView.items.some((r) => r.action.startsWith('user.'))).toBe(false);
    expect(adminView.items.some((r) => r.action === 'settings.update')).toBe(false);
    expect(adminView.items.some((r) => r.action === 'held.release')).toBe(true);
    const adminExport = await ivan.client.admin.auditExport.query({});
    expect(adminExport.items.some((r) => r.actor === 'superadmin_nadia')).toBe(false);

    const exported = await nadia.client.admin.auditExport.query({ actor: 'superadmin_nadia' });
    expect(exported.truncated).toBe(false);
    expect(exported.items.map((r) => r.action)).toEqual(
      expect.arrayContaining(['user.ban', 'user.role_change', 'settings.update']),
    );
    // Dates: today only, then nothing before the epoch of the test.
    const today = new Date(new Date().toISOString().slice(0, 10));
    expect((await nadia.client.admin.auditLog.query({ from: today })).total).toBeGreaterThanOrEqual(
      2,
    );
    expect((await nadia.client.admin.auditLog.query({ to: new Date('2000-01-01') })).total).toBe(0);
  });

  it('an admin reading a private message is recorded with ids only', async () => {
    const sent = await boris.client.messages.send.mutate({
      to: 'citizen_vera',
      body: 'Meet at the depot because the early tram runs empty on Sundays.',
    });
    await ivan.client.admin.readMessage.mutate({ messageId: sent.id });
    const row = await database.db.auditLog.findFirstOrThrow({
      where: { action: 'message.read', targetId: sent.id },
    });
    expect(JSON.stringify(row)).not.toContain('early tram');
  });
});

describe('appeal and report decisions are audited', () => {
  it('writes an audit row for an appeal decision and a report decision', async () => {
    const rejected = await database.db.post.create({
      data: {
        topicId,
        authorId: vera.userId,
        body: 'A rejected statement for its appeal.',
        status: 'rejected',
        rejectionReason: 'poor_logic',
        decidedAt: new Date(),
      },
      select: { id: true },
    });
    const appeal = await vera.client.appeals.file.mutate({
      kind: 'post',
      id: rejected.id,
      reason: 'The Overlord misread my argument entirely.',
    });
    await olga.client.appeals.decide.mutate({
      appealId: appeal.id,
      outcome: 'denied',
      note: 'The ruling stands.',
    });
    expect(
      await database.db.auditLog.findFirst({
        where: { action: 'appeal.deny', targetId: appeal.id, actorId: olga.userId },
      }),
    ).not.toBeNull();

    const approved = await database.db.post.create({
      data: {
        topicId,
        authorId: vera.userId,
        body: 'An approved statement someone reports.',
        status: 'approved',
        decidedAt: new Date(),
      },
      select: { id: true },
    });
    const flag = await boris.client.flags.file.mutate({
      kind: 'post',
      id: approved.id,
      reason: 'This statement insults the tram drivers.',
    });
    await olga.client.flags.decide.mutate({
      flagId: flag.id,
      outcome: 'dismissed',
      note: 'No insult found.',
    });
    expect(
      await database.db.auditLog.findFirst({
        where: { action: 'flag.dismiss', targetId: flag.id, actorId: olga.userId },
      }),
    ).not.toBeNull();
  });
});

describe('the dashboard', () => {
  it('reads every figure from the database', async () => {
    const queues = await ivan.client.dashboard.queues.query();
    expect(queues.queues.map((q) => q.kind).sort()).toEqual(['message', 'post', 'topic']);
    const posts = queues.queues.find((q) => q.kind === 'post')!;
    expect(posts.held).toBe(await database.db.post.count({ where: { heldForReview: true } }));
    const throughput = await ivan.client.dashboard.throughput.query();
    expect(throughput.perMinute).toHaveLength(60);
    expect(throughput.lastHour).toBeGreaterThan(0);
    const model = await ivan.client.dashboard.model.query();
    expect(model).toHaveLength(14);
    expect(model.at(-1)!.p50Seconds).not.toBeNull();
    const cache = await ivan.client.dashboard.cache.query();
    expect(cache).toHaveLength(14);
    const community = await ivan.client.dashboard.community.query();
    expect(community.active).toBeGreaterThan(0);
    expect(community.activeByDay).toHaveLength(14);
    expect(community.appeals.pending).toBe(
      await database.db.appeal.count({ where: { status: 'pending' } }),
    );
    expect(await outcomeOf(olga.client.dashboard.queues.query())).toBe('FORBIDDEN');
  });

  it('counts semantic-cache lookups every instance records', async () => {
    const { createCostLedger, cacheFigures } = await import('@overlord/core');
    const ledger = createCostLedger({ db: database.db, flushMs: 60_000 });
    ledger.recordCache('evaluate', 'hit_exact');
    ledger.recordCache('evaluate', 'miss');
    ledger.recordCache('evaluate', 'miss');
    ledger.recordCache('screen', 'hit_semantic');
    await ledger.stop();
    const today = (await cacheFigures(database.db)).at(-1)!;
    expect(today).toMatchObject({ lookups: 4, hits: 2, hitRate: 0.5 });
  });
});
