// The public moderation log (docs/product.md §16) through the real api and worker: every
// published decision newest first, and each privacy rule of the log held on its own: no private
// messages (not in the list, not on its live stream), no terms violations (neither the verdict nor
// an appeal of it), no authors or bodies of rejected and calibrated statements, no sanctions;
// appeal and report outcomes follow the state of the item they concern. Then filters, cursors,
// the live stream, and the Overlord's record with its cache.
import { forgetOverlordRecord } from '@overlord/core';
import { stableId } from '@overlord/db';
import { seedPosts } from '@overlord/db/seed';
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
let boris: SignedIn;
let vera: SignedIn;
let olga: SignedIn;
let ivan: SignedIn;

const nuclear = stableId('topic:nuclear');
const transit = stableId('topic:transit');
const seeded = (key: string) => stableId(`post:${key}`);
const bodyOf = (key: string) => seedPosts.find((p) => p.key === key)!.body;

const SOUND =
  'Nuclear plants run day and night, so they can replace coal without the storage that wind needs, according to grid operators.';
const OFF_TOPIC =
  'My grandmother bakes banana bread every Sunday morning with cinnamon and walnuts, and the whole street smells of it.';
const THREAT = 'I will kill you if you argue for free buses again.';
const LETTER = 'Vera, the grid operators agree with you about baseload, because storage is scarce.';
const SANCTION_REASON = 'Sanctioned for the log test: a freeze nobody outside may read about.';

const everything = async () => (await stack.client().log.list.query({ limit: 100 })).items;
const entry = async (key: string) => (await everything()).find((e) => e.key === key);
const ageAppeals = (userId: string) =>
  database.db.$executeRawUnsafe(
    `UPDATE appeals SET created_at = created_at - interval '6 minutes' WHERE appellant_id = $1::uuid`,
    userId,
  );

beforeAll(async () => {
  ({ database, stack } = await startSeededStack());
  boris = await stack.signIn('citizen_boris');
  vera = await stack.signIn('citizen_vera');
  olga = await stack.signIn('moderator_olga');
  ivan = await stack.signIn('admin_ivan');
  await drainPending(database.db);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

describe('the public log', () => {
  it('lists the decisions on record newest first, authors only for public items', async () => {
    const items = await everything();
    const keys = items.map((e) => e.key);
    for (const key of ['nuclear-1', 'nuclear-2', 'nuclear-3', 'transit-1', 'four-day-2'])
      expect(keys).toContain(`verdict:post:${seeded(key)}`);
    const times = items.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const approved = items.find((e) => e.key === `verdict:post:${seeded('nuclear-1')}`)!;
    expect(approved).toMatchObject({
      kind: 'verdict',
      decision: 'approved',
      decidedBy: { kind: 'overlord', judge: 'seed' },
      subject: {
        kind: 'post',
        public: true,
        id: seeded('nuclear-1'),
        author: { username: 'citizen_vera' },
      },
      topic: { id: nuclear },
    });
  });

  it('shows rejected and calibrated statements without author or body', async () => {
    const items = await everything();
    const rejected = items.find((e) => e.key === `verdict:post:${seeded('nuclear-2')}`)!;
    expect(rejected).toMatchObject({
      decision: 'rejected',
      reason: 'poor_tone',
      subject: { kind: 'post', public: false, id: null, author: null },
      topic: { id: nuclear },
    });
    const calibrated = items.find((e) => e.key === `verdict:post:${seeded('nuclear-3')}`)!;
    expect(calibrated).toMatchObject({
      decision: 'calibrate',
      subject: { public: false, id: null, author: null },
    });
    const page = JSON.stringify(items);
    expect(page).not.toContain(bodyOf('nuclear-2'));
    expect(page).not.toContain(bodyOf('nuclear-3'));
    // Boris's only decided statements so far are a rejection and a terms violation.
    expect(page).not.toContain('citizen_boris');

    // Judged by the worker now: an approval carries its author, an off-topic rejection none.
    const sound = await judgedPost(boris, nuclear, SOUND);
    const offTopic = await judgedPost(boris, nuclear, OFF_TOPIC);
    expect(sound.status).toBe('approved');
    expect(offTopic).toMatchObject({ status: 'rejected', rejectionReason: 'off_topic' });
    const fresh = await everything();
    expect(fresh.find((e) => e.key === `verdict:post:${sound.id}`)).toMatchObject({
      decision: 'approved',
      decidedBy: { kind: 'overlord', judge: 'offline-v1' },
      subject: { public: true, id: sound.id, author: { username: 'citizen_boris' } },
    });
    expect(fresh.find((e) => e.key === `verdict:post:${offTopic.id}`)).toMatchObject({
      decision: 'rejected',
      reason: 'off_topic',
      subject: { public: false, id: null, author: null },
    });
    expect(JSON.stringify(fresh)).not.toContain(OFF_TOPIC);
  });

  it('never shows a terms violation, nor an appeal of one', async () => {
    const threat = await boris.client.posts.submit.mutate({ topicId: transit, body: THREAT });
    expect(threat).toMatchObject({ status: 'rejected', rejectionReason: 'terms_violation' });
    await ageAppeals(boris.userId);
    const appeal = await boris.client.appeals.file.mutate({
      kind: 'post',
      id: threat.id,
      reason: 'It was a figure of speech about buses, not a threat to anyone at all.',
    });
    // Even restored on appeal, the terms violation stays out of the public log.
    await olga.client.appeals.decide.mutate({
      appealId: appeal.id,
      outcome: 'sustained',
      note: 'Restored for the log test.',
    });
    const items = await everything();
    const keys = items.map((e) => e.key);
    expect(keys).not.toContain(`verdict:post:${threat.id}`);
    expect(keys).not.toContain(`appeal:${appeal.id}`);
    expect(keys).not.toContain(`verdict:post:${seeded('four-day-1')}`);
    expect(JSON.stringify(items)).not.toContain(THREAT);
    expect(JSON.stringify(items)).not.toContain('terms_violation');
    expect(
      await outcomeOf(stack.client().log.list.query({ reason: 'terms_violation' as never })),
    ).toBe('BAD_REQUEST');
  });

  it('never shows a private message in any form, in the list or on its live stream', async () => {
    const log: { kind: string; id: string }[] = [];
    const queues: { kind: string }[] = [];
    let logStarted!: () => void;
    let queuesStarted!: () => void;
    const logReady = new Promise<void>((resolve) => (logStarted = resolve));
    const queuesReady = new Promise<void>((resolve) => (queuesStarted = resolve));
    const logSub = stack.client().live.log.subscribe(
      {},
      {
        onStarted: () => logStarted(),
        onData: (e) => log.push({ kind: e.data.kind, id: e.data.id }),
      },
    );
    const queuesSub = stack
      .client()
      .live.queues.subscribe(
        {},
        { onStarted: () => queuesStarted(), onData: (e) => queues.push({ kind: e.data.kind }) },
      );
    try {
      await Promise.all([logReady, queuesReady]);
      const sent = await boris.client.messages.send.mutate({ to: 'citizen_vera', body: LETTER });
      await waitFor(
        async () =>
          (await boris.client.messages.status.query({ id: sent.id })).status !== 'pending',
        15_000,
      );
      // A statement decided after the message: once its event is here, the message's was due.
      const after = await judgedPost(vera, nuclear, `${SOUND} Vera concurs.`);
      await waitFor(async () => log.some((e) => e.id === after.id), 15_000);
      await waitFor(async () => queues.some((e) => e.kind === 'message'), 15_000);
      expect(log.filter((e) => e.kind === 'message')).toEqual([]);

      const items = await everything();
      const page = JSON.stringify(items);
      expect(page).not.toContain(sent.id);
      expect(page).not.toContain(LETTER);
      expect(
        items.every((e) => e.subject === null || ['post', 'topic'].includes(e.subject.kind)),
      ).toBe(true);
    } finally {
      logSub.unsubscribe();
      queuesSub.unsubscribe();
    }
  });

  it('never shows a sanction', async () => {
    await drainPending(database.db);
    const before = await everything();
    const sanction = await olga.client.sanctions.impose.mutate({
      username: 'citizen_boris',
      kind: 'freeze',
      hours: 1,
      reason: SANCTION_REASON,
    });
    const after = await everything();
    expect(after.map((e) => e.key)).toEqual(before.map((e) => e.key));
    expect(JSON.stringify(after)).not.toContain(SANCTION_REASON);
    expect(JSON.stringify(after)).not.toContain(sanction.id);
    await ivan.client.sanctions.lift.mutate({ sanctionId: sanction.id });
  });

  it('appeal outcomes follow the rules of the item they concern', async () => {
    // Denied: the statement stays rejected, so the decision names neither author nor words.
    await ageAppeals(boris.userId);
    const denied = await boris.client.appeals.file.mutate({
      kind: 'post',
      id: seeded('nuclear-2'),
      reason: 'The words were sharp, but the worry about reactor safety is a real argument.',
    });
    await olga.client.appeals.decide.mutate({
      appealId: denied.id,
      outcome: 'denied',
      note: 'Insults are not arguments.',
    });
    expect(await entry(`appeal:${denied.id}`)).toMatchObject({
      kind: 'appeal',
      decision: 'denied',
      reason: 'poor_tone',
      decidedBy: { kind: 'official', role: 'moderator' },
      subject: { public: false, id: null, author: null },
      topic: { id: nuclear },
    });

    // Sustained: the statement is public again, and so are its author and link, on the appeal
    // and on the Overlord's original rejection, which stays on record as a rejection.
    const offTopic = (await everything()).find(
      (e) => e.kind === 'verdict' && e.reason === 'off_topic' && e.decision === 'rejected',
    )!;
    const postId = offTopic.key.slice('verdict:post:'.length);
    await ageAppeals(boris.userId);
    const sustained = await boris.client.appeals.file.mutate({
      kind: 'post',
      id: postId,
      reason: 'Baking is how my street talks about energy prices; it was on topic in spirit.',
    });
    await olga.client.appeals.decide.mutate({
      appealId: sustained.id,
      outcome: 'sustained',
      note: 'Generously restored.',
    });
    const items = await everything();
    expect(items.find((e) => e.key === `appeal:${sustained.id}`)).toMatchObject({
      decision: 'sustained',
      reason: 'off_topic',
      subject: { public: true, id: postId, author: { username: 'citizen_boris' } },
    });
    expect(items.find((e) => e.key === offTopic.key)).toMatchObject({
      decision: 'rejected',
      reason: 'off_topic',
      subject: { public: true, id: postId, author: { username: 'citizen_boris' } },
    });
  });

  it('report outcomes follow the rules of the item they concern', async () => {
    // Sustained: the statement is withdrawn, so it loses its author on every entry.
    const target = seeded('transit-1');
    await vera.client.flags.file.mutate({
      kind: 'post',
      id: target,
      reason: 'It cites ridership figures that no city has published anywhere.',
    });
    const [flag] = (await olga.client.flags.queue.query({})).items;
    await olga.client.flags.decide.mutate({
      flagId: flag!.id,
      outcome: 'sustained',
      note: 'No such figures exist.',
    });
    let items = await everything();
    const report = items.find((e) => e.kind === 'report' && e.decision === 'sustained')!;
    expect(report).toMatchObject({
      decidedBy: { kind: 'official', role: 'moderator' },
      subject: { kind: 'post', public: false, id: null, author: null },
      topic: { id: transit },
    });
    expect(items.find((e) => e.key === `verdict:post:${target}`)).toMatchObject({
      decision: 'approved',
      subject: { public: false, author: null },
    });
    expect(JSON.stringify(items)).not.toContain(bodyOf('transit-1'));

    // Dismissed: the statement stands, with its author; the reporter is never named.
    await vera.client.flags.file.mutate({
      kind: 'post',
      id: seeded('four-day-2'),
      reason: 'The trials it mentions were not peer reviewed, so they prove little.',
    });
    const [second] = (await ivan.client.flags.queue.query({})).items;
    await ivan.client.flags.decide.mutate({
      flagId: second!.id,
      outcome: 'dismissed',
      note: 'A fair summary of the trials.',
    });
    items = await everything();
    expect(items.find((e) => e.kind === 'report' && e.decision === 'dismissed')).toMatchObject({
      decidedBy: { kind: 'official', role: 'admin' },
      subject: { public: true, id: seeded('four-day-2'), author: { username: 'moderator_olga' } },
    });
    expect(JSON.stringify(items.filter((e) => e.kind === 'report'))).not.toContain('citizen_vera');
  });

  it('records tag renames and merges by the official’s role', async () => {
    await ivan.client.tags.rename.mutate({ slug: 'energy', label: 'energy', newSlug: 'power' });
    await ivan.client.tags.merge.mutate({ from: 'economy', into: 'labour' });
    const tags = (await stack.client().log.list.query({ kind: 'tag' })).items;
    expect(tags.map((e) => [e.decision, e.tag, e.decidedBy])).toEqual([
      [
        'merged',
        { from: 'economy', to: 'labour', label: null },
        { kind: 'official', role: 'admin' },
      ],
      [
        'renamed',
        { from: 'energy', to: 'power', label: 'energy' },
        { kind: 'official', role: 'admin' },
      ],
    ]);
  });

  it('filters by topic, kind, reason, judge and dates, and pages with cursors', async () => {
    const client = stack.client();
    const all = await everything();
    const inNuclear = (await client.log.list.query({ topic: nuclear, limit: 100 })).items;
    expect(inNuclear.length).toBeGreaterThan(3);
    expect(inNuclear.every((e) => e.topic?.id === nuclear)).toBe(true);
    expect(inNuclear.map((e) => e.key)).toEqual(
      all.filter((e) => e.topic?.id === nuclear).map((e) => e.key),
    );
    const appeals = (await client.log.list.query({ kind: 'appeal', limit: 100 })).items;
    expect(appeals.length).toBe(2);
    expect(appeals.every((e) => e.kind === 'appeal')).toBe(true);
    const tone = (await client.log.list.query({ reason: 'poor_tone', limit: 100 })).items;
    expect(tone.map((e) => e.kind).sort()).toEqual(['appeal', 'verdict']);
    const byModerators = (await client.log.list.query({ judge: 'moderator', limit: 100 })).items;
    expect(byModerators.length).toBeGreaterThan(0);
    expect(
      byModerators.every(
        (e) => e.decidedBy.kind === 'official' && e.decidedBy.role === 'moderator',
      ),
    ).toBe(true);
    const offline = (await client.log.list.query({ judge: 'offline-v1', limit: 100 })).items;
    expect(offline.length).toBeGreaterThan(0);
    expect(
      offline.every((e) => e.decidedBy.kind === 'overlord' && e.decidedBy.judge === 'offline-v1'),
    ).toBe(true);

    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    expect((await client.log.list.query({ from: day(1) })).items).toEqual([]);
    expect(
      (await client.log.list.query({ from: day(0), to: day(0), limit: 100 })).items.length,
    ).toBeGreaterThan(0);
    expect(await outcomeOf(client.log.list.query({ from: day(1), to: day(0) }))).toBe(
      'BAD_REQUEST',
    );
    expect(await outcomeOf(client.log.list.query({ from: '2026-02-30' }))).toBe('BAD_REQUEST');
    expect(await outcomeOf(client.log.list.query({ cursor: 'not-a-cursor' }))).toBe('BAD_REQUEST');

    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { key: string }[]; nextCursor: string | null } =
        await client.log.list.query({ limit: 3, cursor });
      expect(page.items.length).toBeLessThanOrEqual(3);
      walked.push(...page.items.map((e) => e.key));
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual(all.map((e) => e.key));
  });

  it('draws the Overlord’s record from the database and caches it briefly', async () => {
    await drainPending(database.db);
    await forgetOverlordRecord(stack.deps.redis);
    const all = await everything();
    const record = await stack.client().log.record.query();
    const verdicts = all.filter((e) => e.kind === 'verdict');
    expect(record.totals.verdicts).toBe(verdicts.length);
    const perDay = record.verdictsPerDay.reduce(
      (sum, d) => sum + d.approved + d.rejected + d.calibrate,
      0,
    );
    expect(perDay).toBe(verdicts.length);
    expect(record.verdictsPerDay).toHaveLength(record.days);
    for (const reason of ['poor_logic', 'poor_tone', 'off_topic'] as const) {
      expect(record.rejectionReasons.find((r) => r.reason === reason)?.count).toBe(
        verdicts.filter((e) => e.decision === 'rejected' && e.reason === reason).length,
      );
    }
    const appeals = all.filter((e) => e.kind === 'appeal');
    expect(record.totals.appealsDecided).toBe(appeals.length);
    expect(record.totals.appealsSustained).toBe(
      appeals.filter((e) => e.decision === 'sustained').length,
    );
    expect(record.totals.errorRate).toBeCloseTo(
      record.totals.appealsSustained / record.totals.appealsDecided,
    );
    expect(record.totals.medianSeconds).not.toBeNull();
    expect(record.judges).toEqual(expect.arrayContaining(['offline-v1', 'seed']));
    expect(await stack.deps.redis.ttl('log:record:v1')).toBeGreaterThan(0);

    // Within the cache window every reader gets the same figures, even after a new verdict.
    await judgedPost(vera, nuclear, `${SOUND} Counted later.`);
    const cached = await stack.client().log.record.query();
    expect(cached.generatedAt).toEqual(record.generatedAt);
    expect(cached.totals.verdicts).toBe(record.totals.verdicts);
    await forgetOverlordRecord(stack.deps.redis);
    expect((await stack.client().log.record.query()).totals.verdicts).toBe(
      record.totals.verdicts + 1,
    );
  });
});
