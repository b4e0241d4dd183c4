// Probes of the api as an outsider would send them: oversized bodies and batches, security
// headers, operators' endpoints (/metrics, readiness details) and forged request ids.
import { request } from 'node:http';

import { createDb, stableId } from '@overlord/db';
import { seed } from '@overlord/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/database.ts';
import { startTestStack, type TestStack } from '../../../tests/helpers/stack.ts';

const WEB_ORIGIN = 'http://localhost:3000';
const METRICS_TOKEN = 'metrics-token-for-the-hardening-test';
let database: TestDatabase;
let stack: TestStack;

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  stack = await startTestStack({
    db: database.db,
    databaseUrl: database.url,
    corsOrigins: [WEB_ORIGIN],
    worker: false,
    apiEnv: { METRICS_TOKEN },
  });
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const submitUrl = () => `${stack.apiUrl}/trpc/posts.submit`;

/** A raw request whose body is streamed without a Content-Length (chunked). */
function postChunked(url: string, cookie: string, chunks: number, chunkBytes: number) {
  return new Promise<number>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'transfer-encoding': 'chunked' },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    const chunk = 'x'.repeat(chunkBytes);
    req.write('{"json":{"topicId":"00000000-0000-4000-8000-000000000000","body":"');
    let sent = 0;
    const pump = () => {
      while (sent < chunks) {
        sent++;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end('"}}');
    };
    pump();
  });
}

describe('request limits', () => {
  it(
    'answers a 50 MB body to posts.submit with 413, without parsing it',
    { timeout: 90_000 },
    async () => {
      const { cookie } = await stack.signIn('citizen_vera');
      const before = await database.db.post.count();
      const body = JSON.stringify({
        json: {
          topicId: '00000000-0000-4000-8000-000000000000',
          body: 'x'.repeat(50 * 1024 * 1024),
        },
      });
      const res = await fetch(submitUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body,
      }).catch((error: unknown) => ({ status: `connection error: ${String(error)}` }));
      expect(res.status).toBe(413);
      expect(await database.db.post.count()).toBe(before);
    },
  );

  it('answers a body streamed without a length with 413 once it passes the cap', async () => {
    const { cookie } = await stack.signIn('citizen_vera');
    // 4 MB in 64 KiB chunks, no Content-Length.
    expect(await postChunked(submitUrl(), cookie, 64, 64 * 1024)).toBe(413);
  });

  it('answers an over-long batch with 413 and runs none of it', async () => {
    const paths = Array.from({ length: 21 }, () => 'topics.list').join(',');
    const input = encodeURIComponent(
      JSON.stringify(Object.fromEntries(Array.from({ length: 21 }, (_, i) => [i, { json: {} }]))),
    );
    const res = await fetch(`${stack.apiUrl}/trpc/${paths}?batch=1&input=${input}`);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'payload_too_large' });
    // Within the cap, a batch still works.
    const ok = await fetch(
      `${stack.apiUrl}/trpc/topics.list,topics.list?batch=1&input=${encodeURIComponent(
        JSON.stringify({ 0: { json: {} }, 1: { json: {} } }),
      )}`,
    );
    expect(ok.status).toBe(200);
  });

  it('still accepts an ordinary statement', async () => {
    const { client } = await stack.signIn('citizen_vera');
    const post = await client.posts.submit.mutate({
      topicId: stableId('topic:transit'),
      body: 'Trams carry more riders per driver than buses, so their staff cost per trip is lower.',
    });
    expect(post.status).toBe('pending');
  });
});

describe('security headers', () => {
  it('sends a locked-down policy on every response, without HSTS locally', async () => {
    for (const path of ['/healthz', '/trpc/topics.list', '/nowhere']) {
      const res = await fetch(`${stack.apiUrl}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'none'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('permissions-policy'), path).toContain('camera=()');
      expect(res.headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('adds HSTS when deployed', async () => {
    const deployed = await startTestStack({
      db: database.db,
      databaseUrl: database.url,
      worker: false,
      apiEnv: { APP_ENV: 'production' },
    });
    try {
      const res = await fetch(`${deployed.apiUrl}/healthz`);
      expect(res.headers.get('strict-transport-security')).toMatch(
        /max-age=\d{8}; includeSubDomains/,
      );
    } finally {
      await deployed.stop();
    }
  });
});

describe('operators’ endpoints', () => {
  it('keeps /metrics behind the bearer token', async () => {
    expect((await fetch(`${stack.apiUrl}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${stack.apiUrl}/metrics`, {
      headers: { authorization: 'Bearer not-the-token-at-all' },
    });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${stack.apiUrl}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(right.status).toBe(200);
    expect(await right.text()).toMatch(/http_requests_total/);
  });

  it('turns /metrics off when no token is configured', async () => {
    const open = await startTestStack({
      db: database.db,
      databaseUrl: database.url,
      worker: false,
    });
    try {
      expect((await fetch(`${open.apiUrl}/metrics`)).status).toBe(404);
      const unsigned = await fetch(`${open.apiUrl}/metrics`, {
        headers: { authorization: 'Bearer ' },
      });
      expect(unsigned.status).toBe(404);
    } finally {
      await open.stop();
    }
  });

  it('names no migrations in a public /readyz, only to operators', async () => {
    const bare = await createTestDatabase({ migrated: false });
    const other = await startTestStack({
      db: bare.db,
      databaseUrl: bare.url,
      worker: false,
      apiEnv: { METRICS_TOKEN },
    });
    try {
      const res = await fetch(`${other.apiUrl}/readyz`);
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({
        ready: false,
        checks: { database: 'ok', migrations: 'pending' },
      });
      expect(text).not.toMatch(/_init|\d{14}/);
      expect(text).not.toContain('details');
      const operator = await fetch(`${other.apiUrl}/readyz`, {
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      });
      const details = ((await operator.json()) as { details: { pendingMigrations: string[] } })
        .details;
      expect(details.pendingMigrations.some((m) => m.endsWith('_init'))).toBe(true);
    } finally {
      await other.stop();
      await bare.drop();
    }
  });

  it('puts no database error text in a public /readyz', async () => {
    const unreachable = createDb({
      url: 'postgresql://overlord:secret@127.0.0.1:1/nowhere',
      maxConnections: 1,
    });
    const other = await startTestStack({
      db: unreachable,
      databaseUrl: database.url,
      worker: false,
    });
    try {
      const res = await fetch(`${other.apiUrl}/readyz`);
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({
        ready: false,
        checks: { database: 'unreachable', migrations: 'unknown' },
      });
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|nowhere|connect|error/i);
    } finally {
      await other.stop();
      await unreachable.$disconnect();
    }
  });
});

describe('request ids', () => {
  it('never writes a client’s x-request-id into audit rows or echoes it', async () => {
    const { cookie } = await stack.signIn('moderator_olga');
    const forged = 'forged-request-id-0001';
    const res = await fetch(`${stack.apiUrl}/trpc/sanctions.impose`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-request-id': forged },
      body: JSON.stringify({
        json: { username: 'citizen_boris', kind: 'freeze', hours: 1, reason: 'request id probe' },
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).not.toBe(forged);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const row = await database.db.auditLog.findFirstOrThrow({
      where: { action: 'sanction.apply' },
      orderBy: { createdAt: 'desc' },
      select: { requestId: true },
    });
    expect(row.requestId).not.toBe(forged);
    expect(row.requestId).toBe(res.headers.get('x-request-id'));
  });
});
