// The api's HTTP surface: health, readiness, CORS gate, graceful shutdown, env refusals.
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { resolve } from 'node:path';

import { whenReady } from '@overlord/redis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import '../../../tests/helpers/provided.ts';

import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/database.ts';
import { startTestStack, type TestStack, waitFor } from '../../../tests/helpers/stack.ts';
import { parseApiEnv } from '../src/env.ts';

const WEB_ORIGIN = 'http://localhost:3000';
let database: TestDatabase;
let stack: TestStack;

beforeAll(async () => {
  database = await createTestDatabase();
  stack = await startTestStack({
    db: database.db,
    databaseUrl: database.url,
    corsOrigins: [WEB_ORIGIN],
    worker: false,
    apiEnv: { METRICS_TOKEN: 'metrics-token-for-the-http-test' },
  });
  // Readiness is asserted once Redis is connected (its client connects in the background and
  // the readiness probe waits 1 s at most, which a loaded machine can exceed).
  await whenReady(stack.deps.redis, 15_000);
});

afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

describe('health', () => {
  it('answers liveness with 200', async () => {
    const res = await fetch(`${stack.apiUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
    expect(res.headers.get('x-request-id')).toMatch(/[0-9a-f-]{36}/);
  });

  it('answers readiness with 200 when Postgres, Redis and migrations are fine', async () => {
    const res = await fetch(`${stack.apiUrl}/readyz`);
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      ready: true,
      checks: { database: 'ok', redis: 'ok', migrations: 'ok' },
    });
  });

  it('answers 503 naming the dependency when migrations are missing', async () => {
    const bare = await createTestDatabase({ migrated: false });
    const other = await startTestStack({ db: bare.db, databaseUrl: bare.url, worker: false });
    try {
      const res = await fetch(`${other.apiUrl}/readyz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { checks: { migrations: string; database: string } };
      expect(body.checks.database).toBe('ok');
      expect(body.checks.migrations).toBe('pending');
    } finally {
      await other.stop();
      await bare.drop();
    }
  });

  it('exposes Prometheus metrics to the operator token', async () => {
    const res = await fetch(`${stack.apiUrl}/metrics`, {
      headers: { authorization: 'Bearer metrics-token-for-the-http-test' },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/http_requests_total/);
  });
});

describe('CORS', () => {
  const url = () => `${stack.apiUrl}/trpc/topics.list`;

  it('refuses a foreign Origin with 403 before any procedure runs', async () => {
    const res = await fetch(url(), { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.json()).toMatchObject({ error: 'origin_not_allowed' });
    // A mutation from a foreign origin does not execute either.
    const before = await database.db.post.count();
    const post = await fetch(`${stack.apiUrl}/trpc/posts.submit`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({
        json: { topicId: '00000000-0000-4000-8000-000000000000', body: 'x' },
      }),
    });
    expect(post.status).toBe(403);
    expect(await database.db.post.count()).toBe(before);
  });

  it('gives the configured web origin the CORS headers', async () => {
    const res = await fetch(url(), { headers: { origin: WEB_ORIGIN } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(WEB_ORIGIN);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('answers a preflight from the web origin', async () => {
    const res = await fetch(`${stack.apiUrl}/trpc/posts.submit`, {
      method: 'OPTIONS',
      headers: { origin: WEB_ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
  });
});

describe('configuration', () => {
  const base = {
    DATABASE_URL: 'postgresql://x@localhost/db',
    REDIS_URL: 'localhost:6379',
    CORS_ORIGINS: WEB_ORIGIN,
  };

  it('refuses the retired development identity everywhere', () => {
    for (const APP_ENV of ['development', 'test', 'production']) {
      expect(() =>
        parseApiEnv({ ...base, APP_ENV, DEV_IDENTITY_USERNAME: 'citizen_vera' }),
      ).toThrow(/DEV_IDENTITY_USERNAME is gone/);
    }
  });

  it('refuses a missing or malformed CORS allowlist', () => {
    expect(() => parseApiEnv({ ...base, CORS_ORIGINS: '' })).toThrow();
    expect(() => parseApiEnv({ ...base, CORS_ORIGINS: 'not a url' })).toThrow();
    expect(
      parseApiEnv({ ...base, CORS_ORIGINS: 'https://a.example/, https://b.example' }).CORS_ORIGINS,
    ).toEqual(['https://a.example', 'https://b.example']);
  });
});

describe('process', () => {
  const DRAIN_DELAY_MS = 4_000;

  /** A GET whose request has been written to the socket (`sent`) before anything else happens. */
  function sentGet(url: string): { sent: Promise<void>; status: Promise<number> } {
    let markSent!: () => void;
    const sent = new Promise<void>((r) => (markSent = r));
    const status = new Promise<number>((resolve, reject) => {
      const req = get(url, { agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('finish', markSent);
      req.on('error', reject);
    });
    return { sent, status };
  }

  it('drains in-flight requests on SIGTERM and exits 0', async () => {
    const root = resolve(import.meta.dirname, '../../..');
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/index.ts'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        REDIS_URL: inject('redisUrl'),
        CORS_ORIGINS: WEB_ORIGIN,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        SHUTDOWN_GRACE_SECONDS: '20',
        // Long enough that the health requests below arrive before the listener closes, even on
        // a loaded machine.
        SHUTDOWN_DELAY_MS: String(DRAIN_DELAY_MS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      const port = await waitFor(
        async () => Number(/"port":(\d+)/.exec(output)?.[1]) || undefined,
        // Start-up time, not a target: a loaded 2-core machine needs well over 20 s to boot tsx.
        60_000,
      );
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));

      // Several requests in flight when the signal arrives (written to their sockets, so a
      // starved test process cannot send them late): all complete.
      const inflight = Array.from({ length: 5 }, () =>
        sentGet(`http://127.0.0.1:${port}/trpc/topics.list`),
      );
      await Promise.all(inflight.map((r) => r.sent));
      child.kill('SIGTERM');
      // While draining it stays up but both health endpoints answer 503, so the load balancer
      // (Render routes on /healthz) and the pipeline (/readyz) move away before it exits.
      const [ready, live] = await Promise.all([
        fetch(`http://127.0.0.1:${port}/readyz`),
        fetch(`http://127.0.0.1:${port}/healthz`),
      ]);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ draining: true });
      expect(live.status).toBe(503);
      expect(await live.json()).toMatchObject({ status: 'draining' });
      const statuses = await Promise.all(inflight.map((r) => r.status));
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
      const stoppedAt = Date.now();
      expect(await exited).toBe(0);
      // Idle keep-alive connections do not hold the process until the grace period (20 s) ends.
      expect(Date.now() - stoppedAt).toBeLessThan(DRAIN_DELAY_MS + 4_000);
      expect(output).toMatch(/"msg":"stopped"/);
      // JSON logs carry a request id.
      expect(output).toMatch(/"requestId":"[0-9a-f-]{36}"/);
    } catch (error) {
      // What the child said is the only clue to a crash or a reset connection.
      throw new Error(`${String(error)}\nexit ${child.exitCode} ${child.signalCode}\n${output}`, {
        cause: error,
      });
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    // Above the minute the boot may take: the default 30 s would cut the wait short.
  }, 120_000);
});
