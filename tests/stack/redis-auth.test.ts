// Redis requires a password everywhere: the local stack and the tests' Redis run with
// requirepass like the deployed one, the URLs handed out carry the password, and each app folds
// Render's separate REDIS_PASSWORD into its REDIS_URL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createRedis, whenReady } from '@overlord/redis';
import { afterAll, describe, expect, inject, it } from 'vitest';

import '../helpers/provided.ts';

import { parseApiEnv } from '../../apps/api/src/env.ts';
import { parseWebEnv } from '../../apps/web/src/env.ts';
import { parseWorkerEnv } from '../../apps/worker/src/env.ts';
import { startRedis } from '../../scripts/stack/index.ts';
import { redisCommand, RespError } from '../../scripts/stack/resp.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('Redis password', () => {
  it("the tests' Redis refuses clients without the password; the URL carries it", async () => {
    const url = new URL(inject('redisUrl'));
    expect(url.password.length).toBeGreaterThanOrEqual(16);
    const port = Number(url.port);
    const anonymous = await redisCommand(port, ['GET', 'anything']);
    expect(anonymous).toBeInstanceOf(RespError);
    expect((anonymous as RespError).message).toMatch(/^NOAUTH/);
    const wrong = await redisCommand(port, ['PING'], 2000, 'not-the-password');
    expect(wrong).toBeInstanceOf(RespError);

    const redis = createRedis(url.toString(), 'auth-test');
    try {
      await whenReady(redis, 5_000);
      await redis.set('auth-test:key', 'ok', 'EX', 10);
      expect(await redis.get('auth-test:key')).toBe('ok');
    } finally {
      redis.disconnect();
    }
  });

  it('a restarted stack Redis keeps its password (adopted or started again)', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'overlord-redis-auth-'));
    dirs.push(dataDir);
    const port = Number(new URL(inject('redisUrl')).port) + 7;
    const first = await startRedis({ dataDir, port, log: () => {}, persistent: false });
    try {
      const adopted = await startRedis({ dataDir, port, log: () => {}, persistent: false });
      expect(adopted.reused).toBe(true);
      expect(adopted.url).toBe(first.url);
      expect(await redisCommand(port, ['PING'], 2000, first.password)).toBe('PONG');
      expect(await redisCommand(port, ['PING'])).toBeInstanceOf(RespError);
    } finally {
      await first.stop();
    }
    const again = await startRedis({ dataDir, port, log: () => {}, persistent: false });
    try {
      expect(again.reused).toBe(false);
      expect(again.url).toBe(first.url);
    } finally {
      await again.stop();
    }
  });

  it("every app folds Render's REDIS_PASSWORD into host:port", () => {
    const common = {
      DATABASE_URL: 'postgresql://x@localhost/db',
      REDIS_URL: 'overlord-redis-x1:6379',
      REDIS_PASSWORD: 'generated/secret',
    };
    const expected = 'redis://:generated%2Fsecret@overlord-redis-x1:6379';
    expect(parseApiEnv({ ...common, CORS_ORIGINS: 'https://example.org' }).REDIS_URL).toBe(
      expected,
    );
    expect(parseWorkerEnv(common).REDIS_URL).toBe(expected);
    expect(parseWebEnv(common).REDIS_URL).toBe(expected);
    // Locally the URL already carries it.
    const local = 'redis://:abc@127.0.0.1:63790';
    expect(parseWorkerEnv({ ...common, REDIS_URL: local, REDIS_PASSWORD: '' }).REDIS_URL).toBe(
      local,
    );
  });
});
