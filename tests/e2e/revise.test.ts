// Revising an approved statement (docs/product.md §17) through the real api, worker, Postgres and
// Redis: the revision waits in its topic's queue in submission order while the approved text
// stays up; approved, it replaces the statement in place (same id, place and replies; history,
// search, embedding and the log follow); rejected, it goes to the Graveyard and the statement
// stands; loyalty counts its verdict like any statement's; only the author revises, only an
// approved statement, one revision at a time, under the same sanctions and limits; a waiting
// revision can be withdrawn, a rejected one appealed.
import { createDb, stableId } from '@overlord/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApprovedTopics, type TestDatabase } from '../helpers/database.ts';
import {
  drainPending,
  type SignedIn,
  startSeededStack,
  startTestStack,
  type TestStack,
  waitFor,
} from '../helpers/stack.ts';

let database: TestDatabase;
/** The api alone: statements wait until a test starts a worker. */
let api: TestStack;
let vera: SignedIn;
let boris: SignedIn;
let ada: SignedIn;
let olga: SignedIn;

const reasoned = (n: number) =>
  `Replacing coal with nuclear power cuts emissions because reactors burn no fossil fuel, according to the IAEA (point ${n}).`;
const REVISED =
  'Replacing coal with nuclear power cuts emissions because reactors burn no fossil fuel, and thorium reactors make even less waste, according to the IAEA.';
const INSULT = 'You are an idiot if you believe this, the whole idea is stupid.';
const THREAT = 'I will kill you if you argue for coal again.';

beforeAll(async () => {
  ({ database, stack: api } = await startSeededStack({ worker: false }));
  vera = await api.signIn('citizen_vera');
  boris = await api.signIn('citizen_boris');
  ada = await api.signIn('citizen_ada');
  olga = await api.signIn('moderator_olga');
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

/** Runs a worker until `ids` are decided (and `also` holds), then stops it. */
async function judge(ids: string[], also?: () => Promise<boolean>) {
  const worker = await startTestStack({ db: database.db, databaseUrl: database.url });
  try {
    await waitFor(
      async () =>
        (await database.db.post.count({ where: { id: { in: ids }, status: 'pending' } })) === 0,
      30_000,
    );
    await drainPending(database.db);
    if (also) await waitFor(async () => (await also()) || undefined, 30_000);
  } finally {
    await worker.stop();
  }
  return database.db.post.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true },
  });
}

/** The tRPC code and the rule (`data.reason`) a call was refused with; 'ok' when it was not. */
async function refusalOf(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => 'ok',
    (e: { data?: { code?: string; reason?: string | null } }) =>
      `${e.data?.code ?? String(e)}${e.data?.reason ? `:${e.data.reason}` : ''}`,
  );
}

const score = async (username: string) =>
  (
    await database.db.user.findUniqueOrThrow({
      where: { username },
      select: { loyaltyScore: true },
    })
  ).loyaltyScore;

/** An approved statement of Vera's with an approved reply of Boris's under it, in a new topic. */
async function approvedStatementWithReply() {
  const [topicId] = await createApprovedTopics(database.db, 1);
  const statement = await vera.client.posts.submit.mutate({ topicId: topicId!, body: reasoned(1) });
  const reply = await boris.client.posts.submit.mutate({
    topicId: topicId!,
    parentId: statement.id,
    body: `${reasoned(2)} I agree with @citizen_vera.`,
  });
  const verdicts = await judge([statement.id, reply.id]);
  expect(
    verdicts.every((v) => v.status === 'approved'),
    JSON.stringify(verdicts),
  ).toBe(true);
  return { topicId: topicId!, statementId: statement.id, replyId: reply.id };
}

describe('revising an approved statement', () => {
  it('waits with the approved text up, then replaces it in place once approved', async () => {
    const { topicId, statementId, replyId } = await approvedStatementWithReply();
    const before = await score('citizen_vera');
    const feedBefore = (await api.client().topics.list.query({ limit: 50 })).items.find(
      (t) => t.id === topicId,
    );
    expect(feedBefore?.postCount).toBe(2);

    const revision = await vera.client.posts.revise.mutate({ id: statementId, body: REVISED });
    expect(revision).toMatchObject({ status: 'pending', revisionOf: statementId });
    expect(revision.id).not.toBe(statementId);

    // Waiting: the approved text stands everywhere, and the revision is listed nowhere.
    const listed = await ada.client.posts.byTopic.query({ topicId });
    expect(listed.items.map((p) => p.id)).toEqual([statementId, replyId]);
    expect(listed.items[0]).toMatchObject({
      body: reasoned(1),
      status: 'approved',
      revisedAt: null,
    });
    const waitingPage = await ada.client.posts.get.query({ id: statementId });
    if (waitingPage.view !== 'public') throw new Error(`expected public, got ${waitingPage.view}`);
    expect(waitingPage.post.body).toBe(reasoned(1));
    expect(waitingPage.revisions.pending).toMatchObject({
      id: revision.id,
      reviewState: 'waiting',
    });
    expect(JSON.stringify(waitingPage)).not.toContain('thorium');
    // Its status card is its author's; its own address leads others to the statement.
    const card = await vera.client.posts.status.query({ id: revision.id });
    expect(card).toMatchObject({ status: 'pending', revisionOf: statementId, body: REVISED });
    expect(card.position).toBeGreaterThanOrEqual(1);
    await expect(ada.client.posts.status.query({ id: revision.id })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    expect((await vera.client.posts.get.query({ id: revision.id })).view).toBe('own');
    expect(await ada.client.posts.get.query({ id: revision.id })).toMatchObject({
      view: 'revision',
      revisionOf: statementId,
    });
    // The queue view shows it as an item of its topic.
    const transit = await waitFor(async () =>
      (await olga.client.queues.overview.query()).inTransit.find((i) => i.id === revision.id),
    );
    expect(transit).toMatchObject({
      kind: 'post',
      queueKey: topicId,
      revision: true,
      preview: expect.stringContaining('thorium'),
    });
    const activity = await api.client().users.activity.query({ username: 'citizen_vera' });
    expect(JSON.stringify(activity)).not.toContain(revision.id);
    expect((await api.client().search.query.query({ q: 'thorium' })).results).toEqual([]);

    // Stored English translations (as a translating provider leaves them): the statement's of
    // its old text, the revision's of the new. The statement's search document follows the new.
    await database.db.translation.createMany({
      data: [
        {
          contentKind: 'post',
          contentId: statementId,
          sourceLanguage: 'deu',
          text: 'plutonium',
          provider: 'test',
        },
        {
          contentKind: 'post',
          contentId: revision.id,
          sourceLanguage: 'deu',
          text: 'zirconium',
          provider: 'test',
        },
      ],
    });
    expect((await api.client().search.query.query({ q: 'plutonium' })).results).toHaveLength(1);

    const [verdict] = await judge([revision.id], async () => {
      // Its statement is embedded afresh with the new text, the revision never on its own.
      const [row] = await database.db.$queryRawUnsafe<{ fresh: boolean }[]>(
        `SELECT e.created_at >= p.revised_at AS fresh
           FROM content_embeddings e JOIN posts p ON p.id = e.content_id
          WHERE e.content_kind = 'post' AND e.content_id = $1::uuid`,
        statementId,
      );
      return row?.fresh === true;
    });
    expect(verdict?.status).toBe('approved');

    // In place: same id, same place, same reply; the new text and when it went up.
    const after = await ada.client.posts.byTopic.query({ topicId });
    expect(after.items.map((p) => p.id)).toEqual([statementId, replyId]);
    expect(after.items[0]).toMatchObject({ body: REVISED, status: 'approved' });
    expect(after.items[0]!.revisedAt).toBeInstanceOf(Date);
    expect(after.items[0]!.bodyHtml).toContain('thorium');
    const page = await ada.client.posts.get.query({ id: statementId });
    if (page.view !== 'public') throw new Error(`expected public, got ${page.view}`);
    expect(page.post.body).toBe(REVISED);
    expect(page.replies.map((r) => r.id)).toEqual([replyId]);
    expect(page.revisions.pending).toBeNull();
    expect(page.revisions.history).toEqual([
      expect.objectContaining({ body: reasoned(1), replacedAt: page.post.revisedAt }),
    ]);
    expect(page.revisions.history[0]!.approvedAt.getTime()).toBeLessThan(
      page.revisions.history[0]!.replacedAt.getTime(),
    );
    // The reply still answers the same statement.
    const replyPage = await ada.client.posts.get.query({ id: replyId });
    if (replyPage.view !== 'public') throw new Error('expected public');
    expect(replyPage.parent).toMatchObject({ id: statementId, body: REVISED });
    // The approved revision's address leads to its statement, for its author too.
    expect(await vera.client.posts.get.query({ id: revision.id })).toMatchObject({
      view: 'revision',
      revisionOf: statementId,
    });

    // Counts, search and the feed see one statement with the new text, never the revision.
    const feedAfter = (await api.client().topics.list.query({ limit: 50 })).items.find(
      (t) => t.id === topicId,
    );
    expect(feedAfter?.postCount).toBe(2);
    const found = await api.client().search.query.query({ q: 'thorium' });
    expect(found.results.flatMap((r) => r.statements.map((s) => s.id))).toEqual([statementId]);
    const translated = await api.client().search.query.query({ q: 'zirconium' });
    expect(translated.results.flatMap((r) => r.statements.map((s) => s.id))).toEqual([statementId]);
    expect((await api.client().search.query.query({ q: 'plutonium' })).results).toEqual([]);
    const stale = await api.client().search.query.query({ q: '"point 1"' });
    expect(stale.results.flatMap((r) => r.statements.map((s) => s.id))).not.toContain(statementId);
    expect(await database.db.contentEmbedding.count({ where: { contentId: revision.id } })).toBe(0);
    const activityAfter = await api.client().users.activity.query({ username: 'citizen_vera' });
    expect(JSON.stringify(activityAfter)).not.toContain(revision.id);

    // Loyalty: the revision's approval counts like a statement's.
    expect(await score('citizen_vera')).toBe(before + 1);
    expect(
      await database.db.moderationEvent.findUnique({
        where: { idempotencyKey: `verdict:post:${revision.id}` },
        select: { kind: true, delta: true },
      }),
    ).toEqual({ kind: 'post_approved', delta: 1 });

    // The log says a revision was approved and leads to the statement.
    const log = await api.client().log.list.query({ topic: topicId, limit: 20 });
    expect(log.items.find((e) => e.key === `verdict:post:${revision.id}`)).toMatchObject({
      decision: 'approved',
      subject: {
        public: true,
        id: statementId,
        revision: true,
        author: { username: 'citizen_vera' },
      },
    });
    // The author's dispatch leads to the statement.
    const dispatches = await vera.client.notifications.list.query({});
    expect(dispatches.items).toContainEqual(
      expect.objectContaining({
        title: 'Your revision was approved',
        link: `/statements/${statementId}`,
      }),
    );
  }, 120_000);

  it('sends a rejected revision to the Graveyard and leaves the approved text standing', async () => {
    const { topicId, statementId } = await approvedStatementWithReply();
    const before = await score('citizen_vera');
    const revision = await vera.client.posts.revise.mutate({ id: statementId, body: INSULT });
    expect(revision.status).toBe('pending');
    const [verdict] = await judge([revision.id]);
    expect(verdict?.status).toBe('rejected');

    const listed = await ada.client.posts.byTopic.query({ topicId });
    expect(listed.items[0]).toMatchObject({ id: statementId, body: reasoned(1), revisedAt: null });
    expect(await score('citizen_vera')).toBe(before - 1);
    // Rejected content: its author's Graveyard, and the officials'.
    const graveyard = await vera.client.users.graveyard.query({});
    expect(graveyard.items.find((i) => i.id === revision.id)).toMatchObject({
      kind: 'post',
      revisionOf: statementId,
      body: INSULT,
    });
    expect((await vera.client.posts.get.query({ id: revision.id })).view).toBe('graveyard');
    expect((await olga.client.posts.get.query({ id: revision.id })).view).toBe('graveyard');
    await expect(ada.client.posts.get.query({ id: revision.id })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    // The statement's history lists it for those allowed to see rejected content only.
    const history = async (who: SignedIn) => {
      const page = await who.client.posts.get.query({ id: statementId });
      if (page.view !== 'public') throw new Error(`expected public, got ${page.view}`);
      return page.revisions;
    };
    expect((await history(vera)).rejected.map((r) => r.id)).toEqual([revision.id]);
    expect((await history(olga)).rejected.map((r) => r.id)).toEqual([revision.id]);
    expect((await history(ada)).rejected).toEqual([]);
    expect((await history(ada)).history).toEqual([]);
    expect(JSON.stringify(await api.client().posts.get.query({ id: statementId }))).not.toContain(
      'idiot',
    );
    // The log names no author of a rejected revision.
    const log = await api.client().log.list.query({ topic: topicId, limit: 20 });
    expect(log.items.find((e) => e.key === `verdict:post:${revision.id}`)).toMatchObject({
      decision: 'rejected',
      subject: { public: false, id: null, author: null },
    });

    // A revision that fails the safety screen is rejected at once, like any statement.
    const screened = await vera.client.posts.revise.mutate({ id: statementId, body: THREAT });
    expect(screened).toMatchObject({ status: 'rejected', rejectionReason: 'terms_violation' });
    expect((await ada.client.posts.byTopic.query({ topicId })).items[0]?.body).toBe(reasoned(1));

    // Restored on appeal, the rejected revision does what its approval would have done.
    const appeal = await vera.client.appeals.file.mutate({
      kind: 'post',
      id: revision.id,
      reason: 'Harsh words, but the Overlord read tone over substance; I ask for a second look.',
    });
    await olga.client.appeals.decide.mutate({
      appealId: appeal.id,
      outcome: 'sustained',
      note: 'Restored for the record.',
    });
    const restored = await ada.client.posts.get.query({ id: statementId });
    if (restored.view !== 'public') throw new Error('expected public');
    expect(restored.post.body).toBe(INSULT);
    expect(restored.revisions.history.map((h) => h.body)).toEqual([reasoned(1)]);
  }, 120_000);

  it('lets only the author revise an approved statement, one revision at a time', async () => {
    const [topicId] = await createApprovedTopics(database.db, 1);
    const first = await vera.client.posts.submit.mutate({ topicId: topicId!, body: reasoned(3) });
    // Not yet judged: nothing to revise.
    expect(await refusalOf(vera.client.posts.revise.mutate({ id: first.id, body: REVISED }))).toBe(
      'PRECONDITION_FAILED:not_approved',
    );
    const rude = await vera.client.posts.submit.mutate({ topicId: topicId!, body: INSULT });
    const verdicts = await judge([first.id, rude.id]);
    expect(verdicts.find((v) => v.id === rude.id)?.status).toBe('rejected');
    const id = first.id;

    expect(await refusalOf(vera.client.posts.revise.mutate({ id: rude.id, body: REVISED }))).toBe(
      'PRECONDITION_FAILED:not_approved',
    );
    expect(await refusalOf(boris.client.posts.revise.mutate({ id, body: REVISED }))).toBe(
      'FORBIDDEN:not_yours',
    );
    // Someone else's rejected statement does not exist for this citizen.
    expect(await refusalOf(boris.client.posts.revise.mutate({ id: rude.id, body: REVISED }))).toBe(
      'NOT_FOUND:not_found',
    );
    expect(
      await refusalOf(
        vera.client.posts.revise.mutate({ id: stableId('post:none'), body: REVISED }),
      ),
    ).toBe('NOT_FOUND:not_found');
    expect(await refusalOf(api.client().posts.revise.mutate({ id, body: REVISED }))).toBe(
      'UNAUTHORIZED',
    );
    expect(await refusalOf(vera.client.posts.revise.mutate({ id, body: reasoned(3) }))).toBe(
      'BAD_REQUEST:unchanged',
    );
    expect(await refusalOf(vera.client.posts.revise.mutate({ id, body: '  ' }))).toBe(
      'BAD_REQUEST',
    );
    // The refusal speaks in the Overlord's voice.
    await expect(boris.client.posts.revise.mutate({ id, body: REVISED })).rejects.toThrow(
      /not yours, citizen/,
    );

    // One at a time: a second revision, even filed at the same moment, is refused.
    const both = await Promise.all([
      refusalOf(vera.client.posts.revise.mutate({ id, body: `${REVISED} (a)` })),
      refusalOf(vera.client.posts.revise.mutate({ id, body: `${REVISED} (b)` })),
    ]);
    expect(both.sort()).toEqual(['CONFLICT:revision_pending', 'ok']);
    const waiting = await database.db.post.findFirstOrThrow({
      where: { revisionOfId: id, status: 'pending' },
      select: { id: true },
    });
    expect(await refusalOf(vera.client.posts.revise.mutate({ id, body: REVISED }))).toBe(
      'CONFLICT:revision_pending',
    );
    // A revision is not itself revised.
    expect(
      await refusalOf(vera.client.posts.revise.mutate({ id: waiting.id, body: REVISED })),
    ).toBe('PRECONDITION_FAILED:is_revision');

    // Withdrawn while it waits: it leaves the queue unjudged, and the next one may be filed.
    const withdrawn = await vera.client.posts.withdraw.mutate({ id: waiting.id });
    expect(withdrawn.status).toBe('withdrawn');
    const page = await vera.client.posts.get.query({ id });
    if (page.view !== 'public') throw new Error('expected public');
    expect(page.revisions.pending).toBeNull();
    expect(page.post.body).toBe(reasoned(3));
    const next = await vera.client.posts.revise.mutate({ id, body: REVISED });
    expect(next.status).toBe('pending');

    // A held revision is not released while a later one of the same statement waits.
    const held = await database.db.post.create({
      data: {
        topicId: topicId!,
        authorId: vera.userId,
        revisionOfId: id,
        body: `${REVISED} (held)`,
        status: 'rejected',
        heldForReview: true,
        decidedAt: new Date(),
      },
      select: { id: true },
    });
    expect(
      await refusalOf(
        olga.client.held.decide.mutate({
          kind: 'post',
          id: held.id,
          outcome: 'release',
          note: 'Back to the queue.',
        }),
      ),
    ).toBe('CONFLICT:revision_pending');
    await vera.client.posts.withdraw.mutate({ id: next.id });
  }, 120_000);

  it('keeps submission order in the topic queue and is judged in it', async () => {
    const [topicId] = await createApprovedTopics(database.db, 1);
    const original = await vera.client.posts.submit.mutate({
      topicId: topicId!,
      body: reasoned(4),
    });
    await judge([original.id]);
    const a = await ada.client.posts.submit.mutate({ topicId: topicId!, body: reasoned(5) });
    const r = await vera.client.posts.revise.mutate({ id: original.id, body: REVISED });
    const b = await boris.client.posts.submit.mutate({ topicId: topicId!, body: reasoned(6) });
    const status = await vera.client.posts.status.query({ id: r.id });
    expect([status.position, status.queueLength]).toEqual([2, 3]);
    // (The overview is cached for two seconds per process: wait for a fresh one.)
    const inQueue = await waitFor(async () => {
      const overview = await olga.client.queues.overview.query();
      const items = overview.inTransit.filter((i) => i.queueKey === topicId);
      return items.length === 3 && items;
    });
    expect(inQueue.map((i) => [i.id, i.position, i.revision])).toEqual([
      [a.id, 1, false],
      [r.id, 2, true],
      [b.id, 3, false],
    ]);
    // The revision is not a statement of the topic: the topic's tally counts A and B only.
    const listed = await api.client().posts.byTopic.query({ topicId: topicId! });
    expect(listed.items.map((p) => p.id)).toEqual([original.id, a.id, b.id]);

    await judge([a.id, r.id, b.id]);
    const rows = await database.db.post.findMany({
      where: { id: { in: [a.id, r.id, b.id] } },
      select: { id: true, reviewStartedAt: true, status: true },
    });
    const started = (id: string) => rows.find((p) => p.id === id)!.reviewStartedAt!.getTime();
    expect(started(a.id)).toBeLessThanOrEqual(started(r.id));
    expect(started(r.id)).toBeLessThanOrEqual(started(b.id));
    expect(rows.find((p) => p.id === r.id)?.status).toBe('approved');
    const after = await api.client().posts.byTopic.query({ topicId: topicId! });
    expect(after.items.map((p) => [p.id, p.body])).toEqual([
      [original.id, REVISED],
      [a.id, reasoned(5)],
      [b.id, reasoned(6)],
    ]);
  }, 120_000);

  it('applies sanctions and submission limits as to any statement', async () => {
    const [topicId] = await createApprovedTopics(database.db, 1);
    const lena = await database.db.user.create({
      data: { username: 'citizen_lena' },
      select: { id: true },
    });
    const statement = await database.db.post.create({
      data: {
        topicId: topicId!,
        authorId: lena.id,
        body: reasoned(7),
        status: 'approved',
        submittedAt: new Date(Date.now() - 86_400_000),
        decidedAt: new Date(Date.now() - 86_400_000),
      },
      select: { id: true },
    });
    // An api whose allowance is two statements per ten minutes (its own client: run-time
    // settings are kept per client, and the shared one already holds the default's).
    const limitedDb = createDb({ url: database.url, maxConnections: 3 });
    const limited = await startTestStack({
      db: limitedDb,
      databaseUrl: database.url,
      worker: false,
      limits: { post: { count: 2, windowSeconds: 600 }, topic: null, message: null },
    });
    try {
      const asLena = await limited.signIn('citizen_lena');
      const olgaUser = await database.db.user.findUniqueOrThrow({
        where: { username: 'moderator_olga' },
        select: { id: true },
      });
      const freeze = await database.db.sanction.create({
        data: {
          userId: lena.id,
          kind: 'freeze',
          reason: 'For the revision test.',
          endsAt: new Date(Date.now() + 3_600_000),
          issuedById: olgaUser.id,
        },
        select: { id: true },
      });
      await expect(
        asLena.client.posts.revise.mutate({ id: statement.id, body: REVISED }),
      ).rejects.toMatchObject({ data: { code: 'FORBIDDEN' }, message: /frozen/ });
      await database.db.sanction.update({
        where: { id: freeze.id },
        data: { liftedAt: new Date() },
      });

      // Each revision counts against the allowance, withdrawn or not.
      for (const n of [1, 2]) {
        const filed = await asLena.client.posts.revise.mutate({
          id: statement.id,
          body: `${REVISED} (${n})`,
        });
        await asLena.client.posts.withdraw.mutate({ id: filed.id });
      }
      await expect(
        asLena.client.posts.revise.mutate({ id: statement.id, body: `${REVISED} (3)` }),
      ).rejects.toMatchObject({ data: { code: 'TOO_MANY_REQUESTS' } });
    } finally {
      await limited.stop();
      await limitedDb.$disconnect();
    }
  }, 60_000);
});
