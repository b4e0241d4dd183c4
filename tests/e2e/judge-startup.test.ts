// The judge a deployment runs, through the real api and worker entry points: staging and
// production refuse to start without the model's key unless the operator opted into the offline
// judge, and that opt-in is visible in /readyz and /metrics.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import '../helpers/provided.ts';

import { startAnthropicServer } from '../../packages/overlord/test/vendors/anthropic.ts';
import type { VendorServer } from '../../packages/overlord/test/vendors/server.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { waitFor } from '../helpers/stack.ts';

const root = resolve(import.meta.dirname, '../..');
let database: TestDatabase;
let vendor: VendorServer;

beforeAll(async () => {
  database = await createTestDatabase();
  vendor = await startAnthropicServer();
});
afterAll(async () => {
  await vendor?.close();
  await database?.drop();
});

/** This process's env without any judge settings, so only what a test passes counts. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !/^(OVERLORD_|ANTHROPIC_|OPENAI_|APP_ENV$|NODE_ENV$)/.test(k))
      env[k] = v;
  return {
    ...env,
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    REDIS_URL: inject('redisUrl'),
    CORS_ORIGINS: 'https://robot-overlord.example',
    PORT: '0',
    HOST: '127.0.0.1',
    WORKER_HEALTH_PORT: '0',
    LOG_LEVEL: 'info',
    SHUTDOWN_DELAY_MS: '0',
  };
}

interface Started {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  exited: Promise<number | null>;
}

function start(app: 'api' | 'worker', env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', `apps/${app}/src/index.ts`], {
    cwd: root,
    env: { ...baseEnv(), ...env },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => output, exited };
}

async function stop(p: Started) {
  if (p.child.exitCode === null) p.child.kill('SIGTERM');
  await Promise.race([p.exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (p.child.exitCode === null) p.child.kill('SIGKILL');
}

/** The port an app logged once it listens (the api's `port`, the worker's `healthPort`). */
const portOf = (p: Started, field: 'port' | 'healthPort') =>
  waitFor(
    async () => Number(new RegExp(`"${field}":(\\d+)`).exec(p.output())?.[1]) || undefined,
    60_000,
  );

// Each test starts a real process: tsx compiling the app takes a while on a busy machine.
describe(
  'without the model key, staging and production refuse to start',
  { timeout: 90_000 },
  () => {
    it.each([
      ['api', 'production', {}],
      ['worker', 'production', {}],
      ['api', 'staging', { OVERLORD_PROVIDER: 'anthropic' }],
      ['worker', 'staging', { OVERLORD_PROVIDER: 'anthropic', OVERLORD_ALLOW_OFFLINE: 'false' }],
    ] as const)(
      '%s in %s %o exits non-zero, naming the key and the opt-in',
      async (app, appEnv, extra) => {
        const p = start(app, { APP_ENV: appEnv, ...extra });
        try {
          expect(await p.exited).toBe(1);
          expect(p.output()).toContain(`${app} refuses to start`);
          expect(p.output()).toContain('needs ANTHROPIC_API_KEY');
          expect(p.output()).toContain('OVERLORD_ALLOW_OFFLINE=true');
          // It refused before connecting or listening.
          expect(p.output()).not.toMatch(/"msg":"(api listening|worker started)"/);
        } finally {
          await stop(p);
        }
      },
    );

    it('an explicit offline judge in production is refused too', async () => {
      const p = start('api', { APP_ENV: 'production', OVERLORD_PROVIDER: 'offline' });
      try {
        expect(await p.exited).toBe(1);
        expect(p.output()).toMatch(/APP_ENV=production is meant to be judged by a model/);
      } finally {
        await stop(p);
      }
    });
  },
);

describe('the operator opts into the offline judge', { timeout: 90_000 }, () => {
  it('api starts, and /readyz and /metrics say the offline judge runs by opt-in', async () => {
    const token = 'operator-token-for-this-test';
    const p = start('api', {
      APP_ENV: 'production',
      OVERLORD_ALLOW_OFFLINE: 'true',
      METRICS_TOKEN: token,
    });
    try {
      const port = await portOf(p, 'port');
      // Ready once Redis is connected, which a busy machine may take a moment longer for.
      const body = await waitFor(async () => {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        return res.status === 200 && ((await res.json()) as Record<string, unknown>);
      }, 20_000);
      expect(body).toMatchObject({
        ready: true,
        judge: { name: 'offline-v1', provider: 'offline', offlineOptIn: true },
      });
      // /metrics is for operators only (METRICS_TOKEN).
      const metrics = await (
        await fetch(`http://127.0.0.1:${port}/metrics`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).text();
      expect(metrics).toContain(
        'overlord_judge_info{judge="offline-v1",provider="offline",offline_opt_in="true"} 1',
      );
      expect(p.output()).toMatch(
        /OVERLORD_ALLOW_OFFLINE: the offline judge runs instead of a model/,
      );
    } finally {
      await stop(p);
    }
  });

  it('worker starts, and its /readyz says so too', async () => {
    const p = start('worker', { APP_ENV: 'staging', OVERLORD_ALLOW_OFFLINE: 'true' });
    try {
      const port = await portOf(p, 'healthPort');
      const body = await waitFor(async () => {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        return res.status === 200 && ((await res.json()) as Record<string, unknown>);
      }, 20_000);
      expect(body).toMatchObject({
        judge: { name: 'offline-v1', provider: 'offline', offlineOptIn: true },
      });
    } finally {
      await stop(p);
    }
  });
});

describe('with the key', { timeout: 90_000 }, () => {
  it('production runs Anthropic by default, no opt-in', async () => {
    const p = start('api', {
      APP_ENV: 'production',
      ANTHROPIC_API_KEY: 'sk-ant-local',
      ANTHROPIC_BASE_URL: vendor.url,
    });
    try {
      const port = await portOf(p, 'port');
      const body = await (await fetch(`http://127.0.0.1:${port}/readyz`)).json();
      expect(body).toMatchObject({
        judge: { name: 'anthropic:claude-sonnet-4-5', provider: 'anthropic', offlineOptIn: false },
      });
    } finally {
      await stop(p);
    }
  });
});
