// The run-time settings of loyalty, badges, the topic-proposal share and the model spend
// (docs/product.md §18), each changed by a superadmin through `admin.updateSetting` and in force
// from the next request or job: a changed top share lets and then forbids a citizen to propose a
// topic; a changed weight moves the next verdict's score by it; a lowered badge threshold awards
// on the next run of the award job; a reached spend cap keeps a queue head waiting and approves
// nothing. Everyone below a superadmin is refused, bad values are named, every change is audited.
// And the dashboard's model-call latency comes from the rows every instance persists.
import {
  createCostLedger,
  findScoreDifferences,
  latencyBucket,
  readSettings,
  reviewNext,
  runBadgeAwards,
  screenFailClosed,
  withSpendCap,
} from '@overlord/core';
import type { CallRecord } from '@overlord/overlord';
import { createOfflineOverlord } from '@overlord/overlord';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApprovedTopics, type TestDatabase } from '../helpers/database.ts';
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
let topicId: string;
let ada: SignedIn;
let boris: SignedIn;
let vera: SignedIn;
let olga: SignedIn;
let ivan: SignedIn;
let nadia: SignedIn;

const STRONG =
  'Replacing coal with nuclear power cuts emissions because reactors burn no fossil fuel, according to the IAEA';
const INSULT = 'You are an idiot if you believe this, the whole idea is stupid';

beforeAll(async () => {
  ({ database, stack } = await startSeededStack());
  [topicId] = (await createApprovedTopics(database.db, 1)) as [string];
  [ada, boris, vera, olga, ivan, nadia] = (await Promise.all(
    [
      'citizen_ada',
      'citizen_boris',
      'citizen_vera',
      'moderator_olga',
      'admin_ivan',
      'superadmin_nadia',
    ].map((u) => stack.signIn(u)),
  )) as [SignedIn, SignedIn, SignedIn, SignedIn, SignedIn, SignedIn];
  await drainPending(database.db);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

type Update = Parameters<SignedIn['client']['admin']['updateSetting']['mutate']>[0];
const set = (input: Update) => nadia.client.admin.updateSetting.mutate(input);

const scoreOf = async (id: string) =>
  (await database.db.user.findUniqueOrThrow({ where: { id }, select: { loyaltyScore: true } }))
    .loyaltyScore;

const proposal = (n: number) =>
  boris.client.topics.create.mutate({
    title: `Should every district run its own tram line? (${n})`,
    description: 'Local lines serve local trips, because district planners know the streets best.',
  });

describe('the top share allowed to propose topics', () => {
  it('a changed share lets, then forbids, a citizen on the next request', async () => {
    // Six citizens on the board: Ada far ahead, Boris second, Vera third, the officials at zero.
    const scores: [SignedIn, number][] = [
      [ada, 100],
      [boris, 50],
      [vera, 10],
      [olga, 0],
      [ivan, 0],
      [nadia, 0],
    ];
    for (const [who, loyaltyScore] of scores) {
      await database.db.user.update({ where: { id: who.userId }, data: { loyaltyScore } });
    }

    // 10% of six is one place: Ada's.
    const refused = await proposal(1).catch(
      (e: { data?: { code?: string }; message: string }) => e,
    );
    expect(refused).toMatchObject({ data: { code: 'FORBIDDEN' } });
    expect((refused as { message: string }).message).toMatch(/top 10% by loyalty/);
    expect((await boris.client.account.me.query()).canCreateTopics).toBe(false);

    const view = await set({ key: 'top_share_percent', value: 50 });
    expect(view.effective.topSharePercent).toBe(50);
    expect(view.defaults.topSharePercent).toBe(10);

    // Half of six is three places: Boris's next request may propose.
    expect(await outcomeOf(proposal(2))).toBe('ok');
    const me = await boris.client.account.me.query();
    expect(me).toMatchObject({ canCreateTopics: true, topSharePercent: 50 });
    const board = await stack.client().users.leaderboard.query({});
    expect(board.cutoff).toMatchObject({ cutoffRank: 3, cutoffScore: 10, sharePercent: 50 });
    const profile = await stack.client().users.profile.query({ username: 'citizen_boris' });
    expect(profile.standing).toMatchObject({
      cutoffRank: 3,
      inTop10Percent: true,
      sharePercent: 50,
    });

    // 1%: one place again, and the refusal names the share in force.
    await set({ key: 'top_share_percent', value: 1 });
    const again = await proposal(3).then(
      () => null,
      (e: { message: string }) => e.message,
    );
    expect(again).toMatch(/top 1% by loyalty/);
    expect((await stack.client().users.leaderboard.query({})).cutoff.cutoffRank).toBe(1);

    const audit = await database.db.auditLog.findMany({
      where: { action: 'settings.update', targetId: 'top_share_percent' },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((a) => [a.before, a.after])).toEqual([
      [{ value: null }, { value: 50 }],
      [{ value: 50 }, { value: 1 }],
    ]);
    expect(audit.every((a) => a.actorId === nadia.userId)).toBe(true);

    await set({ key: 'top_share_percent', value: null });
    expect((await readSettings(stack.deps)).topSharePercent).toBe(10);
  });
});

describe('loyalty weights', () => {
  it('the next verdict moves the score by the weight in force; the rebuild still matches', async () => {
    // A newcomer, whose score is exactly the sum of their events.
    await database.db.user.create({
      data: { username: 'citizen_kepler', email: 'kepler@example.com', onboardedAt: new Date() },
    });
    const kepler = await stack.signIn('citizen_kepler');
    const base = await set({ key: 'loyalty_weights', value: null });
    const weights = { ...base.effective.loyaltyWeights, post_approved: 7, post_rejected: -4 };
    const view = await set({ key: 'loyalty_weights', value: weights });
    expect(view.effective.loyaltyWeights).toEqual(weights);

    const approved = await judgedPost(kepler, topicId, `${STRONG} (weighted).`);
    expect(approved.status).toBe('approved');
    const event = await database.db.moderationEvent.findFirstOrThrow({
      where: { userId: kepler.userId, kind: 'post_approved' },
    });
    expect(event.delta).toBe(7);
    expect(await scoreOf(kepler.userId)).toBe(7);

    const rejected = await judgedPost(kepler, topicId, `${INSULT} (weighted).`);
    expect(rejected.status).toBe('rejected');
    expect(await scoreOf(kepler.userId)).toBe(3);

    // Back to the default: the next approval earns 1 again, and the score stays the sum of the
    // deltas each event stored (events are never re-weighted).
    await set({ key: 'loyalty_weights', value: null });
    expect((await judgedPost(kepler, topicId, `${STRONG} (default again).`)).status).toBe(
      'approved',
    );
    expect(await scoreOf(kepler.userId)).toBe(4);
    expect((await findScoreDifferences(database.db)).map((d) => d.username)).not.toContain(
      'citizen_kepler',
    );
  }, 60_000);
});

describe('badge thresholds', () => {
  it('a lowered threshold awards on the next run, to everyone who now meets it', async () => {
    const [newton, hooke] = (await Promise.all(
      ['citizen_newton', 'citizen_hooke'].map((username) =>
        database.db.user.create({
          data: { username, email: `${username}@example.com`, onboardedAt: new Date() },
          select: { id: true },
        }),
      ),
    )) as [{ id: string }, { id: string }];
    const newtonIn = await stack.signIn('citizen_newton');
    expect((await judgedPost(newtonIn, topicId, `${STRONG} (Newton).`)).status).toBe('approved');
    // Hooke's one strong statement was judged long before the award job's recent window.
    const longAgo = new Date(Date.now() - 3 * 3_600_000);
    await database.db.post.create({
      data: {
        topicId,
        authorId: hooke.id,
        body: `${STRONG} (Hooke).`,
        status: 'approved',
        submittedAt: longAgo,
        reviewStartedAt: longAgo,
        decidedAt: longAgo,
        judge: 'offline',
        evaluation: { scores: { logic: 0.95 }, evidence: true, findings: [] },
      },
    });
    const badgesOf = async (username: string) =>
      (await stack.client().users.profile.query({ username })).badges;
    const recentRun = () =>
      database.db.$executeRawUnsafe(
        `SELECT graphile_worker.add_job('award-badges', '{"sinceMinutes": 10}'::json)`,
      );
    const awarded = async (userId: string) =>
      database.db.badgeAward.count({ where: { userId, badge: { slug: 'master-of-logic' } } });

    // Five are needed by default: one earns nothing (the job's own step, run here).
    const quiet = await runBadgeAwards(stack.deps, { since: new Date(Date.now() - 600_000) });
    expect(quiet.awards.filter((a) => a.userId === newton.id)).toEqual([]);
    expect(await awarded(newton.id)).toBe(0);

    const base = (await set({ key: 'badge_thresholds', value: null })).effective.badgeThresholds;
    const view = await set({
      key: 'badge_thresholds',
      value: { counts: { ...base.counts, 'master-of-logic': 1 }, minLogic: 0.8 },
    });
    expect(view.effective.badgeThresholds.counts['master-of-logic']).toBe(1);

    // The worker's next run (the minutely one, for the recent window) sees the changed
    // thresholds and checks everyone: Hooke too.
    await recentRun();
    await waitFor(
      async () => (await awarded(newton.id)) === 1 && (await awarded(hooke.id)) === 1,
      15_000,
    );
    const badge = (await badgesOf('citizen_newton')).find((b) => b.slug === 'master-of-logic')!;
    expect(badge.description).toBe('One approved statement the Overlord judged strong on logic.');

    // Raised again: nothing is taken back, and the description says five again.
    await set({ key: 'badge_thresholds', value: null });
    await recentRun();
    await waitFor(async () => {
      const b = (await badgesOf('citizen_newton')).find((x) => x.slug === 'master-of-logic');
      return b?.description.startsWith('Five') ?? false;
    }, 15_000);
    expect(await awarded(newton.id)).toBe(1);
    expect(await awarded(hooke.id)).toBe(1);
  }, 60_000);
});

describe('the model spend cap', () => {
  const call = (costUsd: number, latencyMs = 500): CallRecord => ({
    operation: 'evaluate',
    provider: 'openai',
    model: 'gpt-test',
    ok: true,
    attempts: 1,
    latencyMs,
    inputTokens: 100,
    outputTokens: 20,
    costUsd,
    priced: true,
  });

  it('a reached cap keeps the head waiting, approves nothing, and a raised cap lets it through', async () => {
    await database.db.providerCostDay.deleteMany({});
    const today = new Date(new Date().toISOString().slice(0, 10));
    await database.db.providerCostDay.create({
      data: {
        day: today,
        provider: 'openai',
        model: 'gpt-test',
        operation: 'evaluate',
        calls: 100,
        costUsd: 2.5,
      },
    });
    const view = await set({ key: 'model_spend_cap_usd_per_day', value: 2 });
    expect(view.effective.modelSpendCapUsdPerDay).toBe(2);
    expect(view.spentTodayUsd).toBeCloseTo(2.5);

    // A pending statement at the head of a fresh topic's queue, judged by a capped Overlord.
    const [capped] = (await createApprovedTopics(database.db, 1)) as [string];
    const post = await database.db.post.create({
      data: {
        topicId: capped,
        authorId: boris.userId,
        body: 'Trams outlast buses because rails wear slowly, so their lines cost less per decade.',
      },
      select: { id: true },
    });
    const overlord = withSpendCap(createOfflineOverlord(), stack.deps);
    const deps = { ...stack.deps, overlord };
    const step = await reviewNext(deps, 'post', capped, '900001');
    expect(step).toMatchObject({ kind: 'failed', itemId: post.id });
    expect(await database.db.post.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      status: 'pending',
      heldForReview: false,
      decidedAt: null,
    });
    const claim = await database.db.reviewClaim.findUniqueOrThrow({
      where: { queue: `posts:${capped}` },
    });
    // Not the head's failure: nothing counts towards holding it for moderators.
    expect(claim).toMatchObject({ attempts: 0, firstFailedAt: null, claimedBy: null });
    expect(claim.lastError).toMatch(/daily model spend cap of \$2\.00 is reached/);
    const waitMs = claim.retryAt!.getTime() - Date.now();
    expect(waitMs).toBeGreaterThan(0);
    expect(waitMs).toBeLessThanOrEqual(61_000);

    // The synchronous screen fails closed: held for a moderator, never passed.
    expect(
      await screenFailClosed(overlord, { kind: 'post', text: 'Trams are good.' }),
    ).toMatchObject({ kind: 'held', reason: expect.stringMatching(/spend cap/) });

    // This instance's own calls count before they are flushed.
    await set({ key: 'model_spend_cap_usd_per_day', value: 5 });
    const ledger = createCostLedger({ db: database.db, flushMs: 60_000 });
    const withLedger = withSpendCap(createOfflineOverlord(), { ...stack.deps, costs: ledger });
    expect(await screenFailClosed(withLedger, { kind: 'post', text: 'Trams.' })).toMatchObject({
      kind: 'passed',
    });
    ledger.record(call(3));
    expect(await screenFailClosed(withLedger, { kind: 'post', text: 'Trams.' })).toMatchObject({
      kind: 'held',
    });
    await ledger.stop();
    expect((await nadia.client.admin.settings.query()).spentTodayUsd).toBeCloseTo(5.5);

    // A higher cap: the head's next run (its retry time come) is judged as usual.
    await set({ key: 'model_spend_cap_usd_per_day', value: 100 });
    await database.db.reviewClaim.update({
      where: { queue: `posts:${capped}` },
      data: { retryAt: new Date(Date.now() - 1_000) },
    });
    const judged = await reviewNext(deps, 'post', capped, '900002');
    expect(judged).toMatchObject({ kind: 'judged', itemId: post.id });
    expect((await database.db.post.findUniqueOrThrow({ where: { id: post.id } })).status).toBe(
      'approved',
    );

    // Restoring the default removes the cap.
    const removed = await set({ key: 'model_spend_cap_usd_per_day', value: null });
    expect(removed.effective.modelSpendCapUsdPerDay).toBeNull();
  });
});

describe('who may change these settings, and with what', () => {
  const weights = {
    topic_approved: 5,
    topic_rejected: -5,
    post_approved: 2,
    post_rejected: -1,
    message_approved: 1,
    message_rejected: -1,
    appeal_sustained: 0,
    appeal_denied: -1,
    flag_sustained: 0,
    flag_dismissed: 0,
  };
  const counts = {
    'master-of-logic': 5,
    'defender-of-evidence': 10,
    'diligent-calibrator': 5,
    strawman: 3,
    'ad-hominem': 3,
    illogical: 4,
  };
  const samples: Update[] = [
    { key: 'top_share_percent', value: 20 },
    { key: 'model_spend_cap_usd_per_day', value: 10 },
    { key: 'loyalty_weights', value: weights },
    { key: 'badge_thresholds', value: { counts, minLogic: 0.8 } },
  ];

  it('refuses everyone below a superadmin, and changes nothing', async () => {
    for (const sample of samples) {
      for (const who of [boris, olga, ivan]) {
        expect(await outcomeOf(who.client.admin.updateSetting.mutate(sample))).toBe('FORBIDDEN');
      }
      expect(await outcomeOf(stack.client().admin.updateSetting.mutate(sample))).toBe(
        'UNAUTHORIZED',
      );
      expect(await database.db.platformSetting.count({ where: { key: sample.key } })).toBe(0);
    }
    expect(await outcomeOf(ivan.client.admin.settings.query())).toBe('FORBIDDEN');
  });

  it('names what is wrong with a bad value (400), and stores nothing', async () => {
    const bad: [unknown, RegExp][] = [
      [{ key: 'top_share_percent', value: 0 }, /At least 1%/],
      [{ key: 'top_share_percent', value: 150 }, /At most 100%/],
      [{ key: 'model_spend_cap_usd_per_day', value: 0 }, /at least one cent/],
      [{ key: 'model_spend_cap_usd_per_day', value: 'lots' }, /amount in US dollars/],
      [
        { key: 'loyalty_weights', value: { ...weights, post_approved: -3 } },
        /An approval cannot cost loyalty/,
      ],
      [
        { key: 'loyalty_weights', value: { ...weights, topic_rejected: 5 } },
        /A rejection cannot earn loyalty/,
      ],
      [
        { key: 'badge_thresholds', value: { counts: { ...counts, strawman: 0 }, minLogic: 0.8 } },
        /at least one statement/,
      ],
      [{ key: 'badge_thresholds', value: { counts, minLogic: 1.5 } }, /runs from 0 to 1/],
    ];
    for (const [input, words] of bad) {
      const error = await set(input as Update).catch(
        (e: { data?: { code?: string; httpStatus?: number }; message: string }) => e,
      );
      expect(error).toMatchObject({ data: { code: 'BAD_REQUEST', httpStatus: 400 } });
      expect(JSON.stringify(error)).toMatch(words);
    }
    for (const sample of samples) {
      expect(await database.db.platformSetting.count({ where: { key: sample.key } })).toBe(0);
    }
  });

  it('audits a superadmin’s change with its before and after', async () => {
    for (const sample of samples) {
      await set(sample);
      await set({ key: sample.key, value: null });
      const rows = await database.db.auditLog.findMany({
        where: { action: 'settings.update', targetId: sample.key },
        orderBy: { createdAt: 'desc' },
        take: 2,
      });
      expect(rows.map((r) => [r.before, r.after])).toEqual([
        [{ value: sample.value }, { value: null }],
        [{ value: null }, { value: sample.value }],
      ]);
    }
  });
});

describe('the dashboard’s model-call latency', () => {
  it('is read per day from the histogram every instance persists', async () => {
    await database.db.modelLatencyDay.deleteMany({});
    // Two instances' ledgers add to the same rows.
    const ledgers = [0, 1].map(() => createCostLedger({ db: database.db, flushMs: 60_000 }));
    const timed = (operation: CallRecord['operation'], latencyMs: number): CallRecord => ({
      operation,
      provider: 'openai',
      model: 'gpt-test',
      ok: true,
      attempts: 1,
      latencyMs,
      inputTokens: 10,
      outputTokens: 5,
      costUsd: 0,
      priced: true,
    });
    for (let i = 0; i < 98; i++) ledgers[i % 2]!.record(timed('evaluate', 400));
    ledgers[0]!.record(timed('screen', 3_000));
    ledgers[1]!.record(timed('evaluate', 9_000));
    // A streamed chat answer is not a latency: left out.
    ledgers[0]!.record(timed('chat', 60_000));
    await Promise.all(ledgers.map((l) => l.stop()));
    expect(await database.db.modelLatencyDay.count()).toBeGreaterThan(0);

    // Yesterday's rows, as another instance wrote them: 10 calls of 1.2 s.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await database.db.modelLatencyDay.create({
      data: {
        day: new Date(yesterday),
        operation: 'evaluate',
        bucket: latencyBucket(1_200),
        calls: 10,
      },
    });

    const model = await ivan.client.dashboard.model.query();
    const today = model.at(-1)!;
    expect(today.timedCalls).toBe(100);
    expect(today.callP50Ms).toBeGreaterThanOrEqual(400);
    expect(today.callP50Ms).toBeLessThan(440);
    expect(today.callP99Ms).toBeGreaterThanOrEqual(3_000);
    expect(today.callP99Ms).toBeLessThan(3_300);
    const before = model.find((d) => d.day === yesterday)!;
    expect(before).toMatchObject({ timedCalls: 10 });
    expect(before.callP50Ms).toBeGreaterThanOrEqual(1_200);
    expect(before.callP99Ms).toBeLessThan(1_320);
    // The judging time (review start to verdict) is still there, beside it.
    expect(today.p50Seconds).not.toBeNull();
  });
});
