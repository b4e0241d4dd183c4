// Private messages end to end (docs/product.md §11) over real HTTP with the typed client: send →
// safety screen → per-conversation queue → offline judge (graphile-worker) → delivered or not.
import { conversationQueueKey, evaluateMessage, opaqueMessageId } from '@overlord/core';
import { streams } from '@overlord/redis';
import { seed } from '@overlord/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack, waitFor } from '../helpers/stack.ts';

type Client = ReturnType<TestStack['client']>;

let database: TestDatabase;
let stack: TestStack;
let vera: Client;
let boris: Client;
let ada: Client;
let olga: Client;

const REASONED =
  'Boris, I read your argument on transit. Free fares help low income riders because the fare is a larger share of their income, so I think you should reconsider.';
const INSULT = 'You are an idiot and a moron, Boris, and your transit argument is stupid.';
const THREAT = 'I will kill you if you argue for free buses again.';

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  stack = await startTestStack({ db: database.db, databaseUrl: database.url });
  vera = (await stack.signIn('citizen_vera')).client;
  boris = (await stack.signIn('citizen_boris')).client;
  ada = (await stack.signIn('citizen_ada')).client;
  olga = (await stack.signIn('moderator_olga')).client;
  // The seed's queued posts and topics are judged first, so loyalty moves only by messages here.
  await waitFor(async () => {
    const [posts, topics] = await Promise.all([
      database.db.post.count({ where: { status: 'pending' } }),
      database.db.topic.count({ where: { status: 'pending', isSystem: false } }),
    ]);
    return posts + topics === 0;
  }, 20_000);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

function verdictOf(client: Client, id: string) {
  return waitFor(async () => {
    const s = await client.messages.status.query({ id });
    return s.status !== 'pending' && s;
  }, 10_000);
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: { data?: { code?: string } }) => e.data?.code ?? String(e),
  );

const scoreOf = async (username: string) =>
  (
    await database.db.user.findUniqueOrThrow({
      where: { username },
      select: { loyaltyScore: true },
    })
  ).loyaltyScore;

const eventsOf = (messageId: string) =>
  database.db.moderationEvent
    .findMany({ where: { messageId }, select: { kind: true, delta: true } })
    .then((rows) => rows.map((e) => [e.kind, e.delta]));

describe('private messages', () => {
  it('shows a sealed capsule on the public queue stream: steps, never ids or content', async () => {
    const sent = await vera.messages.send.mutate({ to: 'citizen_boris', body: REASONED });
    await verdictOf(vera, sent.id);
    const [conversationKey, capsule] = [
      conversationQueueKey(sent.conversationId),
      opaqueMessageId(sent.id),
    ];
    const entries = await waitFor(async () => {
      const raw = await stack.deps.redis.xrange(streams.queues(), '-', '+');
      const mine = raw.filter(([, fields]) => fields[1]!.includes(capsule));
      return mine.length === 3 && raw;
    });
    const text = entries.map(([, fields]) => fields[1]).join('\n');
    expect(text).not.toContain(sent.id);
    expect(text).not.toContain(sent.conversationId);
    expect(text).not.toContain('transit argument');
    const steps = entries
      .map(([, fields]) => JSON.parse(fields[1]!) as { id: string; type: string; queueKey: string })
      .filter((e) => e.id === capsule);
    expect(steps.map((e) => e.type)).toEqual(['submitted', 'in_review', 'decided']);
    expect(steps.every((e) => e.queueKey === conversationKey)).toBe(true);
  });

  it('approves a civil message and delivers it to the recipient; loyalty +1', async () => {
    const before = await scoreOf('citizen_vera');
    const sent = await vera.messages.send.mutate({ to: 'citizen_boris', body: REASONED });
    expect(sent).toMatchObject({ status: 'pending', recipient: { username: 'citizen_boris' } });
    const pending = await vera.messages.thread.query({ with: 'citizen_boris' });
    expect(pending.items.find((m) => m.id === sent.id)).toBeTruthy();

    const verdict = await verdictOf(vera, sent.id);
    expect(verdict.status).toBe('approved');
    expect(verdict.deliveredAt).not.toBeNull();
    expect(verdict.feedback).toBeTruthy();

    const thread = await boris.messages.thread.query({ with: 'citizen_vera' });
    const received = thread.items.find((m) => m.id === sent.id);
    expect(received).toMatchObject({
      fromMe: false,
      author: { username: 'citizen_vera' },
      body: REASONED,
      status: 'approved',
      // The Overlord's feedback is the sender's business.
      feedback: null,
    });
    const conversations = await boris.messages.conversations.query();
    expect(conversations.find((c) => c.with.username === 'citizen_vera')).toMatchObject({
      id: sent.conversationId,
      lastMessage: { fromMe: false, status: 'approved' },
    });

    expect(await eventsOf(sent.id)).toEqual([['message_approved', 1]]);
    expect(await scoreOf('citizen_vera')).toBe(before + 1);
    // The stored score is the sum of the event log (docs/product.md §8).
    const { _sum } = await database.db.moderationEvent.aggregate({
      where: { user: { username: 'citizen_vera' } },
      _sum: { delta: true },
    });
    expect(await scoreOf('citizen_vera')).toBe(_sum.delta ?? 0);
  });

  it('rejects an insult: never shown to the recipient, shown to the sender with feedback; loyalty −1', async () => {
    const before = await scoreOf('citizen_vera');
    const sent = await vera.messages.send.mutate({ to: 'citizen_boris', body: INSULT });
    const verdict = await verdictOf(vera, sent.id);
    expect(verdict).toMatchObject({ status: 'rejected', rejectionReason: 'poor_tone' });
    expect(verdict.deliveredAt).toBeNull();
    expect(verdict.feedback).toMatch(/idiot|moron|tone/i);

    const mine = await vera.messages.thread.query({ with: 'citizen_boris' });
    expect(mine.items.find((m) => m.id === sent.id)).toMatchObject({
      fromMe: true,
      status: 'rejected',
      rejectionReason: 'poor_tone',
      feedback: verdict.feedback,
    });
    const theirs = await boris.messages.thread.query({ with: 'citizen_vera' });
    expect(theirs.items.some((m) => m.id === sent.id)).toBe(false);
    expect(theirs.items.some((m) => m.body === INSULT)).toBe(false);
    const preview = (await boris.messages.conversations.query()).find(
      (c) => c.with.username === 'citizen_vera',
    );
    expect(preview?.lastMessage.preview).not.toMatch(/idiot/);

    expect(await eventsOf(sent.id)).toEqual([['message_rejected', -1]]);
    expect(await scoreOf('citizen_vera')).toBe(before - 1);
  });

  it('rejects a threat at the safety screen at once: never queued, never delivered', async () => {
    const before = await scoreOf('citizen_vera');
    const sent = await vera.messages.send.mutate({ to: 'citizen_boris', body: THREAT });
    expect(sent).toMatchObject({ status: 'rejected', rejectionReason: 'terms_violation' });
    expect(sent.feedback).toBeTruthy();
    const never = await database.db.privateMessage.findUniqueOrThrow({
      where: { id: sent.id },
      select: { reviewStartedAt: true, judge: true },
    });
    expect(never.reviewStartedAt).toBeNull();
    expect(never.judge).toMatch(/:screen$/);
    const theirs = await boris.messages.thread.query({ with: 'citizen_vera' });
    expect(theirs.items.some((m) => m.id === sent.id)).toBe(false);
    const status = await vera.messages.status.query({ id: sent.id });
    expect(status).toMatchObject({ status: 'rejected', rejectionReason: 'terms_violation' });
    expect(await eventsOf(sent.id)).toEqual([['message_rejected', -1]]);
    expect(await scoreOf('citizen_vera')).toBe(before - 1);
  });

  it('judges each conversation in submission order, conversations interleaved', async () => {
    // Two conversations, both directions in one of them, submissions interleaved.
    const plan: [Client, string, string][] = [
      [
        vera,
        'citizen_ada',
        'Ada, frequency matters more than price because people choose transit when the wait is short.',
      ],
      [
        boris,
        'citizen_vera',
        'Vera, I agree that fares matter, because cost is a barrier for many riders.',
      ],
      [
        ada,
        'citizen_vera',
        'Vera, then money should go to service first, since frequent buses attract riders.',
      ],
      [
        vera,
        'citizen_boris',
        'Boris, thank you. The evidence from several cities supports that, according to operators.',
      ],
      [
        vera,
        'citizen_ada',
        'Ada, a ticket-free system also saves the cost of fare collection, which is substantial.',
      ],
      [
        boris,
        'citizen_vera',
        'Vera, fair point. Collection costs are a large share of revenue in small systems.',
      ],
    ];
    const sent: { id: string; conversationId: string }[] = [];
    for (const [client, to, body] of plan)
      sent.push(await client.messages.send.mutate({ to, body }));
    expect(new Set(sent.map((s) => s.conversationId)).size).toBe(2);
    await waitFor(async () => {
      const n = await database.db.privateMessage.count({
        where: { id: { in: sent.map((s) => s.id) }, status: 'pending' },
      });
      return n === 0;
    }, 15_000);
    const rows = await database.db.privateMessage.findMany({
      where: { id: { in: sent.map((s) => s.id) } },
      select: { id: true, conversationId: true, submittedAt: true, decidedAt: true },
    });
    for (const conversationId of new Set(rows.map((r) => r.conversationId))) {
      const mine = rows.filter((r) => r.conversationId === conversationId);
      const expectedOrder = sent
        .filter((s) => s.conversationId === conversationId)
        .map((s) => s.id);
      const bySubmission = [...mine]
        .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())
        .map((r) => r.id);
      const byDecision = [...mine]
        .sort((a, b) => a.decidedAt!.getTime() - b.decidedAt!.getTime())
        .map((r) => r.id);
      expect(bySubmission).toEqual(expectedOrder);
      expect(byDecision).toEqual(expectedOrder);
    }
  });

  it('puts both first messages of a new pair into one conversation when sent at once', async () => {
    await database.db.user.create({
      data: { username: 'citizen_pavel', email: 'pavel@example.com' },
    });
    const pavel = (await stack.signIn('citizen_pavel')).client;
    const [a, b] = await Promise.all([
      pavel.messages.send.mutate({
        to: 'citizen_ada',
        body: 'Ada, may I ask about your topic proposal?',
      }),
      ada.messages.send.mutate({
        to: 'citizen_pavel',
        body: 'Pavel, welcome. Ask me anything about it.',
      }),
    ]);
    expect(a.conversationId).toBe(b.conversationId);
    expect(await database.db.conversation.count({ where: { id: a.conversationId } })).toBe(1);
    // Most recently active first: Ada's newest correspondence is with Pavel, then Vera.
    const list = await ada.messages.conversations.query();
    expect(list.map((c) => c.with.username)).toEqual(['citizen_pavel', 'citizen_vera']);
  });

  it('refuses everyone but the sender the status, and shows nobody else the conversation', async () => {
    const sent = await vera.messages.send.mutate({
      to: 'citizen_boris',
      body: 'Boris, one more thought: frequent service also helps those who cannot drive.',
    });
    await verdictOf(vera, sent.id);
    // A third citizen, a moderator (docs/product.md §2: moderators never see private messages), and
    // even the recipient cannot follow the sender's message through the queue.
    expect(await codeOf(ada.messages.status.query({ id: sent.id }))).toBe('FORBIDDEN');
    expect(await codeOf(olga.messages.status.query({ id: sent.id }))).toBe('FORBIDDEN');
    expect(await codeOf(boris.messages.status.query({ id: sent.id }))).toBe('FORBIDDEN');
    // Threads are always the caller's own: nothing of Vera and Boris reaches anyone else.
    for (const outsider of [ada, olga]) {
      for (const other of ['citizen_vera', 'citizen_boris']) {
        const thread = await outsider.messages.thread.query({ with: other });
        expect(thread.items.some((m) => m.id === sent.id)).toBe(false);
      }
      const list = await outsider.messages.conversations.query();
      expect(list.some((c) => c.id === sent.conversationId)).toBe(false);
    }
  });

  it('refuses anonymous visitors, messages to oneself, to nobody, and to the banned', async () => {
    const before = await database.db.privateMessage.count();
    const anonymous = stack.client();
    expect(
      await codeOf(anonymous.messages.send.mutate({ to: 'citizen_boris', body: REASONED })),
    ).toBe('UNAUTHORIZED');
    expect(await codeOf(anonymous.messages.conversations.query())).toBe('UNAUTHORIZED');
    expect(await codeOf(anonymous.messages.thread.query({ with: 'citizen_boris' }))).toBe(
      'UNAUTHORIZED',
    );

    await expect(
      vera.messages.send.mutate({ to: 'CITIZEN_VERA', body: REASONED }),
    ).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' }, message: /yourself/ });
    expect(await codeOf(vera.messages.send.mutate({ to: 'citizen_nobody', body: REASONED }))).toBe(
      'NOT_FOUND',
    );
    expect(await codeOf(vera.messages.send.mutate({ to: 'TheOverlord', body: REASONED }))).toBe(
      'NOT_FOUND',
    );
    await database.db.user.create({
      data: { username: 'citizen_exiled', bannedAt: new Date(), banReason: 'test' },
    });
    expect(await codeOf(vera.messages.send.mutate({ to: 'citizen_exiled', body: REASONED }))).toBe(
      'PRECONDITION_FAILED',
    );
    await expect(
      vera.messages.send.mutate({ to: 'citizen_boris', body: 'x'.repeat(10_001) }),
    ).rejects.toThrow(/10,000/);
    expect(await database.db.privateMessage.count()).toBe(before);
  });

  it('changes nothing when the task runs again for a decided message', async () => {
    const sent = await vera.messages.send.mutate({
      to: 'citizen_ada',
      body: 'Ada, I will bring the ridership figures to the next debate, as promised.',
    });
    await verdictOf(vera, sent.id);
    const row = () =>
      database.db.privateMessage.findUniqueOrThrow({
        where: { id: sent.id },
        select: { status: true, decidedAt: true, deliveredAt: true, feedback: true },
      });
    const decided = await row();
    const score = await scoreOf('citizen_vera');

    // The conversation's review task through graphile-worker, under a new job key, then the
    // function directly.
    await database.db.$executeRawUnsafe(
      `SELECT graphile_worker.add_job('evaluate-messages', json_build_object('conversationId', $1::text), job_key => $2)`,
      sent.conversationId,
      `rerun:${sent.id}`,
    );
    await waitFor(async () => {
      const jobs = await database.db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM graphile_worker.jobs WHERE key = ${`rerun:${sent.id}`}`;
      return Number(jobs[0]!.n) === 0;
    });
    expect(await evaluateMessage(stack.deps, sent.id)).toMatchObject({ kind: 'skipped' });

    expect(await row()).toEqual(decided);
    expect(await eventsOf(sent.id)).toEqual([['message_approved', 1]]);
    expect(await scoreOf('citizen_vera')).toBe(score);
  });

  it('tells the sender their place in the conversation queue, and only the sender', async () => {
    const ids = await Promise.all(
      ['citizen_vera', 'citizen_ada', 'citizen_boris'].map(
        async (username) =>
          (await database.db.user.findUniqueOrThrow({ where: { username }, select: { id: true } }))
            .id,
      ),
    );
    const [vid, aid] = ids as [string, string];
    const conversation = await database.db.conversation.findFirstOrThrow({
      where: {
        OR: [
          { userAId: vid, userBId: aid },
          { userAId: aid, userBId: vid },
        ],
      },
      select: { id: true },
    });
    // Rows without jobs stay pending: a queue frozen in place for inspection.
    const base = Date.now() + 60_000;
    const queued: { id: string }[] = [];
    for (const [i, [from, to]] of [
      [aid, vid],
      [vid, aid],
      [vid, aid],
    ].entries()) {
      queued.push(
        await database.db.privateMessage.create({
          data: {
            conversationId: conversation.id,
            senderId: from!,
            recipientId: to!,
            body: `Queued message ${i + 1}, reasoned because it is a test.`,
            submittedAt: new Date(base + i * 1000),
          },
          select: { id: true },
        }),
      );
    }
    try {
      const second = await vera.messages.status.query({ id: queued[1]!.id });
      expect(second).toMatchObject({ status: 'pending', reviewState: 'waiting', position: 2 });
      expect(second.queueLength).toBe(3);
      expect((await vera.messages.status.query({ id: queued[2]!.id })).position).toBe(3);
      const thread = await vera.messages.thread.query({ with: 'citizen_ada' });
      const byId = new Map(thread.items.map((m) => [m.id, m]));
      expect(byId.get(queued[2]!.id)).toMatchObject({ position: 3, queueLength: 3 });
      // Ada's own pending message is hers: Vera sees nothing of it until it is delivered.
      expect(byId.has(queued[0]!.id)).toBe(false);
      const adas = await ada.messages.thread.query({ with: 'citizen_vera' });
      expect(adas.items.find((m) => m.id === queued[0]!.id)).toMatchObject({ position: 1 });
      expect(adas.items.some((m) => m.id === queued[1]!.id)).toBe(false);
    } finally {
      await database.db.privateMessage.deleteMany({
        where: { id: { in: queued.map((q) => q.id) } },
      });
    }
  });

  it('recovers a pending message that lost its job', async () => {
    const [vid, bid] = await Promise.all(
      ['citizen_vera', 'citizen_boris'].map(
        async (username) =>
          (await database.db.user.findUniqueOrThrow({ where: { username }, select: { id: true } }))
            .id,
      ),
    );
    const conversation = await database.db.conversation.findFirstOrThrow({
      where: {
        OR: [
          { userAId: vid, userBId: bid },
          { userAId: bid, userBId: vid },
        ],
      },
      select: { id: true },
    });
    const orphan = await database.db.privateMessage.create({
      data: {
        conversationId: conversation.id,
        senderId: vid!,
        recipientId: bid!,
        body: 'Boris, this message was written during a repair and has no job yet.',
      },
      select: { id: true },
    });
    await database.db.$executeRawUnsafe(`SELECT graphile_worker.add_job('recover-pending', '{}')`);
    const verdict = await verdictOf(vera, orphan.id);
    expect(verdict.status).toBe('approved');
  });
});
