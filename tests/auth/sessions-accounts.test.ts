// Sessions shared with the web app, revocation on the next request, superadmin tools with their
// audit rows, field-level privacy, usernames, onboarding, the live top-10% right, and CSRF.
import { createUserFromSignIn, forgetSession, generateUsername } from '@overlord/core';
import { stableId } from '@overlord/db';
import { seed } from '@overlord/db/seed';
import { usernameSchema } from '@overlord/validators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { type SignedIn, startTestStack, type TestStack } from '../helpers/stack.ts';

const WEB_ORIGIN = 'http://localhost:3000';
const nuclear = stableId('topic:nuclear');
let database: TestDatabase;
let stack: TestStack;
let nadia: SignedIn;

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  stack = await startTestStack({
    db: database.db,
    databaseUrl: database.url,
    corsOrigins: [WEB_ORIGIN],
    worker: false,
  });
  nadia = await stack.signIn('superadmin_nadia');
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

async function newCitizen() {
  const user = await createUserFromSignIn(database.db, {
    email: `${generateUsername()}@example.com`,
    emailVerified: new Date(),
    name: 'New Citizen',
  });
  return { user, session: await stack.signIn(user.username) };
}

describe('sessions', () => {
  it('resolves the cookie to its user, and an unknown or expired cookie to anonymous', async () => {
    const boris = await stack.signIn('citizen_boris');
    expect((await boris.client.account.me.query()).username).toBe('citizen_boris');
    const forged = stack.client({ cookie: 'overlord.session-token=not-a-session' });
    await expect(forged.account.me.query()).rejects.toMatchObject({
      data: { code: 'UNAUTHORIZED' },
    });
    await database.db.session.update({
      where: { sessionToken: boris.token },
      data: { expires: new Date(Date.now() - 1000) },
    });
    await forgetSession(stack.deps.redis, boris.token);
    await expect(boris.client.account.me.query()).rejects.toMatchObject({
      data: { code: 'UNAUTHORIZED' },
    });
  });

  it('caches the lookup in Redis, and sign-out (row deleted, cache dropped) ends it for the api', async () => {
    const { session } = await newCitizen();
    await session.client.account.me.query();
    const cached = await stack.deps.redis.keys('auth:session:*');
    expect(cached.length).toBeGreaterThan(0);
    // What the web's sign-out does: next-auth deletes the row, its event drops the cache entry.
    await database.db.session.delete({ where: { sessionToken: session.token } });
    await forgetSession(stack.deps.redis, session.token);
    await expect(session.client.account.me.query()).rejects.toMatchObject({
      data: { code: 'UNAUTHORIZED', httpStatus: 401 },
    });
  });

  it('applies a role change on the very next request, with an audit row', async () => {
    const { user, session } = await newCitizen();
    expect((await session.client.account.me.query()).role).toBe('citizen'); // now cached
    await expect(
      session.client.admin.readMessage.mutate({ messageId: user.id }),
    ).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });

    const after = await nadia.client.admin.setRole.mutate({
      userId: user.id,
      role: 'admin',
      reason: 'Promoted for the test.',
    });
    expect(after.role).toBe('admin');
    expect((await session.client.account.me.query()).role).toBe('admin');
    await expect(
      session.client.admin.readMessage.mutate({ messageId: user.id }),
    ).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });

    await nadia.client.admin.setRole.mutate({
      userId: user.id,
      role: 'citizen',
      reason: 'Demoted.',
    });
    expect((await session.client.account.me.query()).role).toBe('citizen');

    const audit = await database.db.auditLog.findMany({
      where: { targetId: user.id, action: 'user.role_change' },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      actorId: nadia.userId,
      targetType: 'user',
      before: { role: 'citizen' },
      after: { role: 'admin' },
    });
  });

  it('bans and unbans on the next request; a banned user may still read', async () => {
    const { user, session } = await newCitizen();
    const body = 'Nuclear power is safe because the measured deaths per terawatt hour are lowest.';
    await session.client.account.me.query();
    await nadia.client.admin.ban.mutate({ userId: user.id, reason: 'Repeated insolence.' });
    await expect(
      session.client.posts.submit.mutate({ topicId: nuclear, body }),
    ).rejects.toMatchObject({ data: { code: 'FORBIDDEN', httpStatus: 403 } });
    await expect(session.client.account.me.query()).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    expect((await session.client.topics.list.query({})).items.length).toBeGreaterThan(0);

    await nadia.client.admin.unban.mutate({ userId: user.id, reason: 'Pardoned.' });
    expect((await session.client.posts.submit.mutate({ topicId: nuclear, body })).status).toBe(
      'pending',
    );
    const actions = await database.db.auditLog.findMany({
      where: { targetId: user.id },
      orderBy: { createdAt: 'asc' },
      select: { action: true, actorId: true, before: true, after: true },
    });
    expect(actions.map((a) => a.action)).toEqual(['user.ban', 'user.unban']);
    expect(actions[0]).toMatchObject({
      actorId: nadia.userId,
      before: { banned: false },
      after: { banned: true, banReason: 'Repeated insolence.' },
    });
  });

  it('ends every session of a deleted account on the next request', async () => {
    const { user, session } = await newCitizen();
    await session.client.account.me.query();
    await nadia.client.admin.deleteUser.mutate({ userId: user.id, reason: 'Account closed.' });
    await expect(session.client.account.me.query()).rejects.toMatchObject({
      data: { code: 'UNAUTHORIZED' },
    });
    expect(await database.db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('refuses a superadmin acting on their own file', async () => {
    await expect(
      nadia.client.admin.setRole.mutate({ userId: nadia.userId, role: 'citizen', reason: 'Self.' }),
    ).rejects.toMatchObject({ data: { code: 'PRECONDITION_FAILED' } });
    expect((await nadia.client.account.me.query()).role).toBe('superadmin');
  });
});

describe('field-level privacy', () => {
  it('gives a citizen’s email only to themself and to admins+', async () => {
    const who = {
      anonymous: stack.client(),
      citizen: (await stack.signIn('citizen_boris')).client,
      moderator: (await stack.signIn('moderator_olga')).client,
      self: (await stack.signIn('citizen_vera')).client,
      admin: (await stack.signIn('admin_ivan')).client,
      superadmin: nadia.client,
    };
    const seen: Record<string, unknown> = {};
    for (const [kind, client] of Object.entries(who)) {
      seen[kind] = (await client.users.profile.query({ username: 'citizen_vera' })).email;
    }
    expect(seen).toEqual({
      anonymous: undefined,
      citizen: undefined,
      moderator: undefined,
      self: 'vera@example.com',
      admin: 'vera@example.com',
      superadmin: 'vera@example.com',
    });
    // The raw response body of a moderator's request does not carry it either.
    const olga = await stack.signIn('moderator_olga');
    const res = await fetch(
      `${stack.apiUrl}/trpc/users.profile?input=${encodeURIComponent(JSON.stringify({ json: { username: 'citizen_vera' } }))}`,
      { headers: { cookie: olga.cookie } },
    );
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain('vera@example.com');
  });

  it('never shows private messages to moderators; an admin’s read is audited', async () => {
    const [a, b] = [stableId('user:citizen_vera'), stableId('user:citizen_boris')].sort() as [
      string,
      string,
    ];
    const conversation = await database.db.conversation.create({
      data: { userAId: a, userBId: b },
    });
    const message = await database.db.privateMessage.create({
      data: {
        conversationId: conversation.id,
        senderId: a,
        recipientId: b,
        body: 'A private matter between citizens.',
      },
    });
    const olga = await stack.signIn('moderator_olga');
    await expect(
      olga.client.admin.readMessage.mutate({ messageId: message.id }),
    ).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    expect(await database.db.auditLog.count({ where: { targetId: message.id } })).toBe(0);

    const ivan = await stack.signIn('admin_ivan');
    const read = await ivan.client.admin.readMessage.mutate({ messageId: message.id });
    expect(read.body).toBe('A private matter between citizens.');
    const audit = await database.db.auditLog.findMany({ where: { targetId: message.id } });
    expect(audit).toMatchObject([{ action: 'message.read', actorId: ivan.userId }]);
  });
});

describe('accounts', () => {
  it('generates unique usernames on first sign-in', async () => {
    const users = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createUserFromSignIn(database.db, {
          email: `gen${i}@example.com`,
          emailVerified: new Date(),
        }),
      ),
    );
    const names = users.map((u) => u.username);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(20);
    for (const n of names) expect(usernameSchema.safeParse(n).success, n).toBe(true);
  });

  it('allows one validated username change, unique regardless of case', async () => {
    const { session } = await newCitizen();
    const api = session.client;
    await expect(api.account.changeUsername.mutate({ username: 'x!' })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST', fieldErrors: { username: expect.any(Array) } },
    });
    await expect(api.account.changeUsername.mutate({ username: 'Overlord' })).rejects.toMatchObject(
      { data: { code: 'BAD_REQUEST' } },
    );
    await expect(
      api.account.changeUsername.mutate({ username: 'CITIZEN_VERA' }),
    ).rejects.toMatchObject({ data: { code: 'CONFLICT' } });
    expect((await api.account.me.query()).canChangeUsername).toBe(true);

    const name = `Comrade_${Date.now() % 100000}`;
    expect(await api.account.changeUsername.mutate({ username: name })).toEqual({ username: name });
    const me = await api.account.me.query();
    expect(me).toMatchObject({ username: name, canChangeUsername: false });
    await expect(
      api.account.changeUsername.mutate({ username: `${name}_again` }),
    ).rejects.toMatchObject({ data: { code: 'PRECONDITION_FAILED' } });
  });

  it('stores onboarding as done', async () => {
    const { session } = await newCitizen();
    expect((await session.client.account.me.query()).onboarded).toBe(false);
    const { steps } = await session.client.account.onboarding.query();
    expect(steps.map((s) => s.key)).toEqual(['judged', 'tags', 'verdicts', 'appeals']);
    await session.client.account.completeOnboarding.mutate();
    expect((await session.client.account.me.query()).onboarded).toBe(true);
  });

  it('grants topic creation to the live top 10% by loyalty only', async () => {
    const { user, session } = await newCitizen();
    const topic = {
      title: 'Should the Ministry tax pneumatic tubes?',
      description: 'The mail room consumes ever more resources; should its users pay for it?',
    };
    await expect(session.client.topics.create.mutate(topic)).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    expect((await session.client.account.me.query()).canCreateTopics).toBe(false);
    await database.db.user.update({ where: { id: user.id }, data: { loyaltyScore: 99_999 } });
    expect((await session.client.account.me.query()).canCreateTopics).toBe(true);
    const created = await session.client.topics.create.mutate(topic);
    expect(created.status).toBe('pending');
    // Recomputed live: the score falls (rejections) and the right is gone on the next request.
    await database.db.user.update({ where: { id: user.id }, data: { loyaltyScore: -3 } });
    await expect(session.client.topics.create.mutate(topic)).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
  });
});

describe('CSRF posture', () => {
  it('refuses a state-changing request from another origin before it runs', async () => {
    const vera = await stack.signIn('citizen_vera');
    const before = await database.db.post.count();
    const res = await fetch(`${stack.apiUrl}/trpc/posts.submit`, {
      method: 'POST',
      headers: {
        cookie: vera.cookie,
        origin: 'https://evil.example',
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        json: { topicId: nuclear, body: 'Nuclear power is safe because evidence says so.' },
      }),
    });
    expect(res.status).toBe(403);
    expect(await database.db.post.count()).toBe(before);
    // The same request from the web origin is accepted.
    const ok = await fetch(`${stack.apiUrl}/trpc/posts.submit`, {
      method: 'POST',
      headers: { cookie: vera.cookie, origin: WEB_ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({
        json: { topicId: nuclear, body: 'Nuclear power is safe because evidence says so.' },
      }),
    });
    expect(ok.status).toBe(200);
    expect(await database.db.post.count()).toBe(before + 1);
  });

  it('never runs a mutation through GET', async () => {
    const vera = await stack.signIn('citizen_vera');
    const before = await database.db.post.count();
    const input = encodeURIComponent(
      JSON.stringify({
        json: { topicId: nuclear, body: 'Nuclear power is safe because evidence says so.' },
      }),
    );
    const res = await fetch(`${stack.apiUrl}/trpc/posts.submit?input=${input}`, {
      headers: { cookie: vera.cookie },
    });
    expect(res.status).toBe(405);
    expect(await database.db.post.count()).toBe(before);
  });
});
