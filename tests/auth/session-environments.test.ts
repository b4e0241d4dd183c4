// Staging and production sessions never mix: production's cookie (Domain=<apex>) also reaches
// staging.<apex>, so each environment reads only its own cookie name; and the api's logs never
// carry a cookie or an authorization header, whatever object they are attached to.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Writable } from 'node:stream';

import { createUserFromSignIn, sessionCookieName } from '@overlord/core';
import { createRedis, type Redis } from '@overlord/redis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import '../helpers/provided.ts';

import { createSessionResolver } from '../../apps/api/src/identity.ts';
import { createLogger } from '../../apps/api/src/logger.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let database: TestDatabase;
let redis: Redis;
let token: string;

beforeAll(async () => {
  database = await createTestDatabase();
  redis = createRedis(inject('redisUrl'), 'session-env-test');
  const user = await createUserFromSignIn(database.db, {
    email: `env-${randomBytes(4).toString('hex')}@example.org`,
    emailVerified: new Date(),
    name: 'Env Tester',
  });
  token = randomBytes(32).toString('hex');
  await database.db.session.create({
    data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 3_600_000) },
  });
});
afterAll(async () => {
  redis?.disconnect();
  await database?.drop();
});

const request = (cookie: string) => ({ headers: { cookie } }) as IncomingMessage;

describe('session cookies per environment', () => {
  it('gives staging and production different Secure cookie names', () => {
    const production = sessionCookieName(true, 'production');
    const staging = sessionCookieName(true, 'staging');
    expect(production).toBe('__Secure-overlord.session-token');
    expect(staging).toBe('__Secure-overlord-staging.session-token');
    // Local development and tests keep the plain name the helpers use.
    expect(sessionCookieName(false, 'development')).toBe(sessionCookieName(false));
  });

  it("staging's api ignores production's cookie and reads its own", async () => {
    const staging = createSessionResolver({ db: database.db, redis }, true, 'staging');
    const production = createSessionResolver({ db: database.db, redis }, true, 'production');
    const prodCookie = `${sessionCookieName(true, 'production')}=${token}`;
    const stagingCookie = `${sessionCookieName(true, 'staging')}=${token}`;
    // The browser sends both to api.staging.<apex>: only the staging one counts there.
    expect((await staging(request(prodCookie))).kind).toBe('anonymous');
    expect((await staging(request(`${prodCookie}; ${stagingCookie}`))).kind).toBe('active');
    expect((await production(request(stagingCookie))).kind).toBe('anonymous');
    expect((await production(request(prodCookie))).kind).toBe('active');
  });
});

describe('api logs', () => {
  it('redact cookies and authorization headers at every log level', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = createLogger('trace', 'api', sink);
    const secret = `__Secure-overlord.session-token=${token}`;
    log.info({ req: { headers: { cookie: secret, authorization: `Bearer ${token}` } } }, 'a');
    log.debug({ headers: { cookie: secret, 'user-agent': 'kept' } }, 'b');
    log.trace({ cookie: secret }, 'c');
    log.error({ err: new Error('boom'), request: { headers: { cookie: secret } } }, 'd');
    expect(lines).toHaveLength(4);
    const all = lines.join('');
    expect(all).not.toContain(token);
    expect(all).toContain('[redacted]');
    expect(all).toContain('kept');
  });
});
