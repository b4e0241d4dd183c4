// The authorization matrix (issue 3): every procedure of the router × every kind of actor, over
// real HTTP with real sessions. Expectations come from the permission table alone
// (packages/core/src/permissions/table.ts), applied to the capability each procedure declares
// (read from the router by packages/trpc/src/permissions.ts). A procedure without a sample input
// here fails the type check and the first test; one without a declaration cannot be loaded.
import { type Actor, type Capability, decide } from '@overlord/core';
import { stableId } from '@overlord/db';
import { seed } from '@overlord/db/seed';
import {
  appRouter,
  derivePermissions,
  type ProcedureMeta,
  procedurePermissions,
  type ProcedurePath,
} from '@overlord/trpc';
import { TRPCClientError } from '@trpc/client';
import { initTRPC } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTestStack, type TestStack } from '../helpers/stack.ts';

type Client = ReturnType<TestStack['client']>;
type ActorKind =
  'anonymous' | 'citizen' | 'top10Citizen' | 'moderator' | 'admin' | 'superadmin' | 'banned';

const actorUsers: Record<Exclude<ActorKind, 'anonymous'>, string> = {
  citizen: 'citizen_boris',
  top10Citizen: 'citizen_ada',
  moderator: 'moderator_olga',
  admin: 'admin_ivan',
  superadmin: 'superadmin_nadia',
  banned: 'citizen_vera',
};
const actorKinds = ['anonymous', ...Object.keys(actorUsers)] as ActorKind[];

const nuclear = stableId('topic:nuclear');
const missingUser = '01900000-0000-7000-8000-000000000000';

/**
 * One input per procedure that gets past authorization without changing anything: queries get
 * valid input; mutations get input that fails validation (BAD_REQUEST, which tRPC checks only
 * after the permission middleware) or names nobody (NOT_FOUND).
 */
const sampleInputs: Record<ProcedurePath, unknown> = {
  'topics.list': {},
  'topics.get': { id: nuclear },
  'topics.status': { id: missingUser },
  'topics.create': { title: 'x', description: 'too short' },
  'posts.byTopic': { topicId: nuclear },
  'posts.status': { id: missingUser },
  'posts.submit': { topicId: nuclear, body: '' },
  'posts.get': { id: missingUser },
  'posts.preview': { body: '' },
  'posts.withdraw': { id: missingUser },
  'posts.revise': { id: missingUser, body: '' },
  'messages.send': { to: 'citizen_ada', body: '' },
  'messages.conversations': undefined,
  'messages.thread': { with: 'citizen_ada' },
  'messages.status': { id: missingUser },
  'messages.report': { messageId: missingUser, reason: 'for the matrix, no such message' },
  'queues.overview': undefined,
  'users.profile': { username: 'citizen_boris' },
  'users.activity': { username: 'citizen_boris' },
  'users.leaderboard': {},
  'users.registry': { q: 'citizen' },
  'users.graveyard': {},
  'account.me': undefined,
  'account.onboarding': undefined,
  'account.changeUsername': { username: '!' },
  'account.completeOnboarding': undefined,
  'account.export': undefined,
  'account.requestDeletion': { confirmUsername: '' },
  'admin.setRole': { userId: missingUser, role: 'admin', reason: 'for the matrix' },
  'admin.ban': { userId: missingUser, reason: 'for the matrix' },
  'admin.unban': { userId: missingUser, reason: 'for the matrix' },
  'admin.deleteUser': { userId: missingUser, reason: 'for the matrix' },
  'admin.readMessage': { messageId: missingUser },
  'admin.citizens': { q: 'citizen' },
  'admin.citizen': { username: 'citizen_boris' },
  'admin.auditLog': {},
  'admin.auditExport': { action: 'user.' },
  'admin.settings': undefined,
  'admin.updateSetting': {
    key: 'submission_limit.post',
    value: { count: -1, windowSeconds: 600 },
  },
  'dashboard.queues': undefined,
  'dashboard.throughput': undefined,
  'dashboard.model': undefined,
  'dashboard.cache': undefined,
  'dashboard.community': undefined,
  'held.list': {},
  'held.decide': { kind: 'post', id: missingUser, outcome: 'release', note: 'for the matrix' },
  'admin.messageReports': undefined,
  'admin.closeMessageReport': { reportId: missingUser, note: 'for the matrix' },
  'appeals.file': { kind: 'post', id: missingUser, reason: 'too short' },
  'appeals.queue': {},
  'appeals.decide': { appealId: missingUser, outcome: 'sustained', note: 'for the matrix' },
  'flags.file': { kind: 'post', id: missingUser, reason: 'short' },
  'flags.queue': {},
  'flags.decide': { flagId: missingUser, outcome: 'dismissed', note: 'for the matrix' },
  'sanctions.impose': {
    username: 'nobody_here',
    kind: 'freeze',
    hours: 1,
    reason: 'for the matrix',
  },
  'sanctions.lift': { sanctionId: missingUser },
  'sanctions.escalate': { sanctionId: missingUser, kind: 'freeze', hours: null, reason: 'matrix' },
  'sanctions.ofCitizen': { username: 'citizen_boris' },
  'sanctions.mine': undefined,
  'notifications.list': {},
  'notifications.unread': undefined,
  'notifications.markRead': { ids: ['not-a-uuid'] },
  'notifications.setKinds': { kinds: ['gossip'] },
  'tags.usage': undefined,
  'tags.rename': { slug: 'energy', label: '' },
  'tags.merge': { from: 'no-such-tag', into: 'also-missing' },
  'chat.ask': { chatId: missingUser, question: '' },
  // No such proposal under the caller's id: NOT_FOUND once past authorization.
  'chat.confirm': { proposalId: missingUser },
  'chat.cancel': { proposalId: missingUser },
  'search.query': { q: 'nuclear' },
  'blocks.add': { username: 'nobody_here' },
  'blocks.remove': { username: 'nobody_here' },
  'blocks.list': undefined,
  'follows.follow': { topicId: 'not-a-uuid' },
  'follows.unfollow': { topicId: 'not-a-uuid' },
  'follows.state': { topicId: nuclear },
  'follows.markSeen': { topicId: 'not-a-uuid' },
  'follows.list': undefined,
  'live.topic': { topicId: nuclear },
  'live.queues': {},
  'live.item': { kind: 'post', id: missingUser },
  'live.log': {},
  'log.list': { topic: nuclear, limit: 5 },
  'log.record': undefined,
  'live.dispatches': {},
};

let database: TestDatabase;
let stack: TestStack;
const clients = new Map<ActorKind, Client>();
const actors = new Map<ActorKind, Actor | null>();

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  stack = await startTestStack({ db: database.db, databaseUrl: database.url, worker: false });
  // Loyalty decides the top 10% live: one citizen far ahead, the other at zero.
  await database.db.user.update({
    where: { username: 'citizen_ada' },
    data: { loyaltyScore: 10_000 },
  });
  await database.db.user.update({
    where: { username: 'citizen_boris' },
    data: { loyaltyScore: 0 },
  });
  clients.set('anonymous', stack.client());
  actors.set('anonymous', null);
  for (const [kind, username] of Object.entries(actorUsers) as [ActorKind, string][]) {
    const signed = await stack.signIn(username);
    clients.set(kind, signed.client);
    const user = await database.db.user.findUniqueOrThrow({
      where: { username },
      select: { id: true, username: true, role: true },
    });
    actors.set(kind, user);
  }
  await database.db.user.update({
    where: { username: 'citizen_vera' },
    data: { bannedAt: new Date(), banReason: 'matrix' },
  });
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const procedures = Object.entries(appRouter._def.procedures as Record<string, unknown>).map(
  ([path, procedure]) => ({
    path,
    type: (procedure as { _def: { type: 'query' | 'mutation' | 'subscription' } })._def.type,
  }),
);

/** What the table says, computed without the server. */
async function expected(kind: ActorKind, capability: Capability) {
  return decide(capability, actors.get(kind) ?? null, kind === 'banned', {
    top10PercentLoyalty: async () => kind === 'top10Citizen',
  });
}

async function call(client: Client, path: string, type: string, input: unknown) {
  const [router, name] = path.split('.') as [string, string];
  const proc = (client as unknown as Record<string, Record<string, Record<string, unknown>>>)[
    router
  ]![name]!;
  if (type === 'subscription') return subscribeOnce(proc, input);
  const fn = proc[type === 'query' ? 'query' : 'mutate'] as (i: unknown) => Promise<unknown>;
  try {
    await fn(input);
    return 'ok';
  } catch (error) {
    if (error instanceof TRPCClientError) return (error.data as { code: string }).code;
    throw error;
  }
}

/**
 * A subscription is allowed once the stream starts and no error follows; refused when it errors
 * with a code. tRPC opens the stream (`connected`) before its middleware refuses, so the error of
 * a refused caller comes right after the start: a short grace tells the two apart.
 */
function subscribeOnce(proc: Record<string, unknown>, input: unknown): Promise<string> {
  const subscribe = proc.subscribe as (
    i: unknown,
    o: { onStarted(): void; onError(e: unknown): void },
  ) => { unsubscribe(): void };
  return new Promise((resolve, reject) => {
    let grace: ReturnType<typeof setTimeout> | null = null;
    const sub = subscribe(input, {
      onStarted() {
        grace = setTimeout(() => {
          sub.unsubscribe();
          resolve('ok');
        }, 1_000);
      },
      onError(error) {
        if (grace) clearTimeout(grace);
        sub.unsubscribe();
        if (error instanceof TRPCClientError) resolve((error.data as { code: string }).code);
        else reject(error);
      },
    });
  });
}

describe('authorization matrix', () => {
  it('derives a capability and has a sample input for every procedure, and no stale entries', () => {
    const paths = procedures.map((p) => p.path).sort();
    expect(paths.length).toBeGreaterThan(0);
    expect(Object.keys(procedurePermissions).sort()).toEqual(paths);
    expect(Object.keys(sampleInputs).sort()).toEqual(paths);
    // Spot checks that the table is what the procedures declare, not a default.
    expect(procedurePermissions['topics.list']).toBe('read');
    expect(procedurePermissions['topics.create']).toBe('createTopic');
    expect(procedurePermissions['admin.deleteUser']).toBe('deleteAccounts');
  });

  it('refuses a router with a procedure that declares no capability, or an unknown one', () => {
    const t = initTRPC.meta<ProcedureMeta>().create();
    const router = t.router({
      declared: t.procedure.meta({ capability: 'read' }).query(() => 1),
      nested: t.router({ silent: t.procedure.query(() => 2) }),
      invented: t.procedure
        .meta({ capability: 'rule' as ProcedureMeta['capability'] })
        .mutation(() => 3),
    });
    expect(() => derivePermissions(router)).toThrow(/these do not: nested\.silent, invented\./);
    expect(derivePermissions(t.router({ declared: router._def.record.declared }))).toEqual({
      declared: 'read',
    });
  });

  const cases = procedures.flatMap((p) => actorKinds.map((kind) => ({ ...p, kind })));

  it.each(cases)('$path as $kind', async ({ path, type, kind }) => {
    const capability = procedurePermissions[path as keyof typeof procedurePermissions];
    const verdict = await expected(kind, capability);
    const outcome = await call(
      clients.get(kind)!,
      path,
      type,
      sampleInputs[path as keyof typeof sampleInputs],
    );
    if (verdict === 'allowed') {
      expect(['UNAUTHORIZED', 'FORBIDDEN'], `${path} as ${kind} got ${outcome}`).not.toContain(
        outcome,
      );
    } else {
      expect(outcome).toBe(verdict === 'unauthenticated' ? 'UNAUTHORIZED' : 'FORBIDDEN');
    }
  });

  it('asserts every procedure × actor pair', () => {
    expect(cases.length).toBe(procedures.length * actorKinds.length);
    console.log(
      `authorization matrix: ${procedures.length} procedures × ${actorKinds.length} actors = ${cases.length} cases`,
    );
  });
});

// Can this actor read this item in this state? Every readable kind (topic, statement, private
// message) in every state, through every read path, for every kind of reader. Public = approved
// or in evaluation, not hidden, in a public topic; everything else is its author's alone (the
// Graveyard is the author's way in), and private messages are their sender's and, once
// approved, their recipient's, with admins auditing single messages.
describe('reading content by state', () => {
  type Reader = 'anonymous' | 'author' | 'otherCitizen' | 'recipient' | 'moderator' | 'admin';
  const readerUsers: Record<Exclude<Reader, 'anonymous'>, string> = {
    author: 'citizen_boris',
    otherCitizen: 'citizen_zoe', // a stranger, created below
    recipient: 'citizen_ada',
    moderator: 'moderator_olga',
    admin: 'admin_ivan',
  };
  const readers = ['anonymous', ...Object.keys(readerUsers)] as Reader[];
  const readerClients = new Map<Reader, Client>();

  const topicStates = ['approved', 'pending', 'rejected', 'calibrate', 'hidden'] as const;
  const postStates = [
    'approved',
    'pending',
    'rejected',
    'calibrate',
    'hidden',
    'approvedInHiddenTopic',
    'approvedInRejectedTopic',
    'withdrawn',
    // Revisions of the approved one (docs/product.md §17): never statements of their own.
    'revisionPending',
    'revisionApproved',
    'revisionRejected',
  ] as const;
  const messageStates = ['pending', 'approved', 'rejected', 'calibrate'] as const;
  const topics = new Map<string, string>();
  const posts = new Map<string, string>();
  const messages = new Map<string, string>();
  const publicTopic = stableId('topic:nuclear');

  beforeAll(async () => {
    const db = database.db;
    await db.user.create({ data: { username: readerUsers.otherCitizen } });
    readerClients.set('anonymous', stack.client());
    for (const [reader, username] of Object.entries(readerUsers) as [Reader, string][]) {
      readerClients.set(reader, (await stack.signIn(username)).client);
    }
    const author = await db.user.findUniqueOrThrow({
      where: { username: readerUsers.author },
      select: { id: true },
    });
    const decided = new Date();
    for (const state of topicStates) {
      const topic = await db.topic.create({
        data: {
          title: `A ${state} topic for the read matrix`,
          description: `Its description, readable only while public (${state}).`,
          authorId: author.id,
          status: state === 'hidden' ? 'approved' : state,
          decidedAt: state === 'pending' ? null : decided,
          hiddenAt: state === 'hidden' ? decided : null,
        },
        select: { id: true },
      });
      topics.set(state, topic.id);
    }
    for (const state of postStates) {
      const topicId =
        state === 'approvedInHiddenTopic'
          ? topics.get('hidden')!
          : state === 'approvedInRejectedTopic'
            ? topics.get('rejected')!
            : publicTopic;
      const revision = state.startsWith('revision');
      const status =
        state === 'hidden' || state.startsWith('approved')
          ? 'approved'
          : state === 'revisionPending'
            ? 'pending'
            : state === 'revisionApproved'
              ? 'approved'
              : state === 'revisionRejected'
                ? 'rejected'
                : (state as 'pending' | 'rejected' | 'calibrate' | 'withdrawn');
      const post = await db.post.create({
        data: {
          topicId,
          authorId: author.id,
          revisionOfId: revision ? posts.get('approved')! : null,
          body: `A ${state} statement for the read matrix.`,
          status,
          decidedAt: status === 'pending' ? null : decided,
          hiddenAt: state === 'hidden' ? decided : null,
        },
        select: { id: true },
      });
      posts.set(state, post.id);
    }
    // Messages go through the real send path (conversation and all), then take their state.
    const boris = readerClients.get('author')!;
    for (const state of messageStates) {
      const sent = await boris.messages.send.mutate({
        to: readerUsers.recipient,
        body: `A ${state} private message for the read matrix, with reasons because it is a test.`,
      });
      await db.privateMessage.update({
        where: { id: sent.id },
        data: {
          status: state,
          decidedAt: state === 'pending' ? null : decided,
          deliveredAt: state === 'approved' ? decided : null,
        },
      });
      messages.set(state, sent.id);
    }
  });

  const outcome = (p: Promise<unknown>) =>
    p.then(
      () => 'read',
      (e: unknown) => {
        if (e instanceof TRPCClientError) return (e.data as { code: string }).code;
        throw e;
      },
    );

  const topicCases = topicStates.flatMap((state) => readers.map((reader) => ({ state, reader })));
  it.each(topicCases)('topic $state as $reader', async ({ state, reader }) => {
    const client = readerClients.get(reader)!;
    const id = topics.get(state)!;
    const readable = state === 'approved' || state === 'pending';
    expect(await outcome(client.topics.get.query({ id }))).toBe(readable ? 'read' : 'NOT_FOUND');
    // The proposal's status card: the author always, everyone else only while it is public.
    expect(await outcome(client.topics.status.query({ id }))).toBe(
      readable || reader === 'author' ? 'read' : 'NOT_FOUND',
    );
    const feed = await client.topics.list.query({ q: 'for the read matrix', limit: 50 });
    expect(feed.items.some((t) => t.id === id)).toBe(readable);
  });

  const postCases = postStates.flatMap((state) => readers.map((reader) => ({ state, reader })));
  it.each(postCases)('statement $state as $reader', async ({ state, reader }) => {
    const client = readerClients.get(reader)!;
    const id = posts.get(state)!;
    const isPublic = state === 'approved' || state === 'pending';
    const revision = state.startsWith('revision');
    // The status card: the author always, everyone else only while it is public.
    expect(await outcome(client.posts.status.query({ id }))).toBe(
      isPublic || reader === 'author' ? 'read' : 'NOT_FOUND',
    );
    // Listings never carry it unless it is public.
    const topicId =
      state === 'approvedInHiddenTopic'
        ? topics.get('hidden')!
        : state === 'approvedInRejectedTopic'
          ? topics.get('rejected')!
          : publicTopic;
    const listed = await client.posts.byTopic.query({ topicId, limit: 100 });
    expect(listed.items.some((p) => p.id === id)).toBe(isPublic);
    const activity = await client.users.activity.query({ username: readerUsers.author });
    expect(JSON.stringify(activity).includes(id)).toBe(isPublic);
    // Its own page (docs/product.md §17): public for all; a rejected or report-hidden one is its
    // Graveyard entry for the author and moderators+; the rest of the unpublic, its author's.
    // A revision's address leads to its public statement, except where it is its author's
    // business (waiting) or a Graveyard entry (rejected).
    const buried = state === 'rejected' || state === 'hidden' || state === 'revisionRejected';
    const view = isPublic
      ? 'public'
      : buried && (reader === 'author' || reader === 'moderator' || reader === 'admin')
        ? 'graveyard'
        : revision && !buried && !(reader === 'author' && state === 'revisionPending')
          ? 'revision'
          : reader === 'author' && !buried
            ? 'own'
            : 'NOT_FOUND';
    expect(
      await client.posts.get.query({ id }).then(
        (page) => page.view,
        (e: unknown) => {
          if (e instanceof TRPCClientError) return (e.data as { code: string }).code;
          throw e;
        },
      ),
    ).toBe(view);
  });

  const messageCases = messageStates.flatMap((state) =>
    readers.map((reader) => ({ state, reader })),
  );
  it.each(messageCases)('private message $state as $reader', async ({ state, reader }) => {
    const client = readerClients.get(reader)!;
    const id = messages.get(state)!;
    // The status card: its sender alone.
    const status = await outcome(client.messages.status.query({ id }));
    expect(status).toBe(
      reader === 'author' ? 'read' : reader === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN',
    );
    // The thread: the sender sees every own message, the recipient only approved ones.
    if (reader === 'author' || reader === 'recipient') {
      const other = reader === 'author' ? readerUsers.recipient : readerUsers.author;
      const thread = await client.messages.thread.query({ with: other, limit: 200 });
      expect(JSON.stringify(thread).includes(id)).toBe(reader === 'author' || state === 'approved');
    }
    // The audit path: admins only (and it is recorded).
    const audit = await outcome(client.admin.readMessage.mutate({ messageId: id }));
    expect(audit).toBe(
      reader === 'admin' ? 'read' : reader === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN',
    );
  });
});
