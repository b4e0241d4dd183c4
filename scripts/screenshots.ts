// `npm run screenshots`: PNGs of the main pages at 390 px (phone) and 1280 px (desktop) into
// docs/screenshots/, for the README. Starts its own PostgreSQL and Redis (under
// .local/screenshots), seeds, submits a few statements through the api so the Overlord has
// judged something fresh, builds the web app and photographs it in Debian's Chromium.
// The web is built against the browser tests' api port, so the build stays usable by the tests.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { createApiServer } from '@overlord/api/server';
import { createAppOverlord, type Deps, sessionCookieName } from '@overlord/core';
import { createDb, stableId } from '@overlord/db';
import { migrate } from '@overlord/db/migrate';
import { seed } from '@overlord/db/seed';
import { runJobMigrations } from '@overlord/jobs';
import { createOverlordMetrics, overlordConfigFromEnv } from '@overlord/overlord';
import { createRedis, whenReady } from '@overlord/redis';
import { createOverlordClient } from '@overlord/trpc/client';
import { createWorker } from '@overlord/worker/runner';
import { chromium } from 'playwright-core';
import { pino } from 'pino';
import * as promClient from 'prom-client';

import {
  TEST_API_PORT,
  TEST_PG_PORT,
  TEST_REDIS_PORT,
  TEST_WEB_PORT,
} from '../tests/setup/ports.ts';
import { run } from './run.ts';
import {
  chromiumPath,
  dropDatabase,
  ensureDatabase,
  ensureSystemDeps,
  startPostgres,
  startRedis,
} from './stack/index.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'docs/screenshots');
const say = (msg: string) => console.log(`▶ ${msg}`);

/** Statements submitted fresh, so the pages show verdicts of every kind. */
const STATEMENTS: { as: string; topic: string; body: string }[] = [
  {
    as: 'citizen_ada',
    topic: 'nuclear',
    body: 'Nuclear plants take a decade to build, so coal should first give way to wind and solar, which can be installed within two years and cut emissions sooner.',
  },
  {
    as: 'citizen_vera',
    topic: 'four-day-week',
    body: 'A four-day week helps retention, because staff who are rested stay longer, and hiring a replacement costs months of salary.',
  },
  {
    as: 'citizen_boris',
    topic: 'ai-classrooms',
    body: 'Anyone who wants AI in schools is a lazy fool.',
  },
  {
    as: 'citizen_ada',
    topic: 'ai-classrooms',
    body: 'AI assistants can give every pupil instant feedback on drafts, which frees teachers to spend their time on the pupils who struggle most.',
  },
];

/** Page name → path and the citizen looking at it (null: anonymous); `phone`: 390 px only. */
const PAGES: { name: string; path: string; as: string | null; phone?: true }[] = [
  { name: 'feed', path: '/', as: null },
  { name: 'topic', path: `/topics/${stableId('topic:nuclear')}`, as: 'citizen_vera' },
  // The phone header's menu, open (desktop has no menu: every destination is in its header).
  { name: 'menu', path: `/topics/${stableId('topic:nuclear')}`, as: 'citizen_vera', phone: true },
  { name: 'leaderboard', path: '/leaderboard', as: null },
  { name: 'registry', path: '/citizens', as: null },
  { name: 'profile', path: '/citizens/citizen_vera', as: null },
  { name: 'graveyard', path: '/graveyard', as: 'citizen_boris' },
  { name: 'sign-in', path: '/sign-in', as: null },
  { name: 'not-found', path: '/no/such/file', as: null },
  // Last: its shot pauses the worker so that statements wait in the tubes.
  { name: 'queues', path: '/queues', as: null },
];

const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

await ensureSystemDeps({ log: (l) => console.log(`  ${l}`), chromium: true });
const pg = await startPostgres({
  dataDir: join(root, '.local/screenshots/postgres'),
  // Next to the test run's own ports, so machines that separate test runs separate these too.
  port: Number(process.env.SCREENSHOTS_PG_PORT || TEST_PG_PORT + 70),
  log: () => {},
  durable: false,
});
const redisServer = await startRedis({
  dataDir: join(root, '.local/screenshots/redis'),
  port: Number(process.env.SCREENSHOTS_REDIS_PORT || TEST_REDIS_PORT + 70),
  log: () => {},
  persistent: false,
});
const stops: (() => Promise<unknown>)[] = [() => pg.stop(), () => redisServer.stop()];
async function stopAll() {
  for (const stop of stops.reverse()) await stop().catch(() => {});
}

try {
  say('database: migrate and seed');
  await dropDatabase(pg.adminUrl, 'screenshots');
  await ensureDatabase(pg.adminUrl, 'screenshots');
  const databaseUrl = pg.urlFor('screenshots');
  await migrate(databaseUrl);
  await runJobMigrations(databaseUrl);
  const db = createDb({ url: databaseUrl });
  stops.push(() => db.$disconnect());
  await seed(db);

  say('api and worker (offline Overlord)');
  const redis = createRedis(redisServer.url, 'screenshots');
  stops.push(async () => redis.disconnect());
  await whenReady(redis, 5_000);
  const log = pino({ level: 'silent' });
  const registry = new promClient.Registry();
  const overlord = createAppOverlord({
    config: overlordConfigFromEnv({}),
    db,
    redis,
    cache: { ttlSeconds: 3_600, threshold: 0.95 },
    metrics: createOverlordMetrics(promClient, registry),
  });
  const deps: Deps = { db, redis, overlord };
  const webOrigin = `http://127.0.0.1:${TEST_WEB_PORT}`;
  const api = createApiServer({
    env: {
      CORS_ORIGINS: [webOrigin],
      APP_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: TEST_API_PORT,
      SHUTDOWN_GRACE_SECONDS: 2,
      SHUTDOWN_DELAY_MS: 0,
    },
    deps,
    log,
  });
  await api.start();
  stops.push(() => api.stop());
  const worker = createWorker({
    env: {
      DATABASE_URL: databaseUrl,
      WORKER_CONCURRENCY: 2,
      WORKER_POLL_INTERVAL_MS: 100,
      WORKER_HEALTH_PORT: 0,
    },
    deps,
    log,
    withCrontab: false,
    registry,
  });
  await worker.start();
  stops.push(() => worker.stop());
  const apiUrl = `http://127.0.0.1:${TEST_API_PORT}`;

  /** A session row exactly as next-auth writes it; returns the cookie's token. */
  async function sessionFor(username: string) {
    const user = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
    const token = randomBytes(32).toString('hex');
    await db.session.create({
      data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 86_400_000) },
    });
    return token;
  }

  say(`submitting ${STATEMENTS.length} statements and waiting for the verdicts`);
  const submitted: string[] = [];
  for (const s of STATEMENTS) {
    const cookie = `${sessionCookieName(false)}=${await sessionFor(s.as)}`;
    const client = createOverlordClient({ url: apiUrl, headers: () => ({ cookie }) });
    const post = await client.posts.submit.mutate({
      topicId: stableId(`topic:${s.topic}`),
      body: s.body,
    });
    submitted.push(post.id);
  }
  const deadline = Date.now() + 60_000;
  while (
    Date.now() < deadline &&
    (await db.post.count({ where: { id: { in: submitted }, status: 'pending' } })) > 0
  )
    await new Promise((r) => setTimeout(r, 250));

  say('building the web app');
  const webDir = join(root, 'apps/web');
  const webEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_PUBLIC_API_URL: apiUrl,
  };
  await run('npx', ['--no-install', 'next', 'build'], { cwd: webDir, env: webEnv });
  const web = spawn(
    'npx',
    ['--no-install', 'next', 'start', '--port', String(TEST_WEB_PORT), '--hostname', '127.0.0.1'],
    {
      cwd: webDir,
      env: {
        ...webEnv,
        APP_ENV: 'test',
        API_INTERNAL_URL: apiUrl,
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisServer.url,
        AUTH_SECRET: 'screenshots-only-secret-not-for-deployments',
        AUTH_URL: webOrigin,
      },
      stdio: 'ignore',
      detached: true,
    },
  );
  stops.push(async () => {
    const exited = new Promise((r) => web.once('exit', r));
    process.kill(-web.pid!, 'SIGTERM');
    await exited;
  });
  const webDeadline = Date.now() + 60_000;
  for (;;) {
    const up = await fetch(`${webOrigin}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > webDeadline) throw new Error('next start did not come up');
    await new Promise((r) => setTimeout(r, 250));
  }

  say('photographing');
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  stops.push(() => browser.close());
  for (const { name, path, as, phone } of PAGES) {
    const token = as ? await sessionFor(as) : null;
    if (name === 'queues') {
      // The tube network needs traffic: the worker pauses and a few statements wait in line.
      await worker.stop();
      for (const s of STATEMENTS.slice(0, 4)) {
        const cookie = `${sessionCookieName(false)}=${await sessionFor(s.as)}`;
        const client = createOverlordClient({ url: apiUrl, headers: () => ({ cookie }) });
        await client.posts.submit.mutate({ topicId: stableId(`topic:${s.topic}`), body: s.body });
      }
    }
    for (const viewport of phone ? WIDTHS.slice(0, 1) : WIDTHS) {
      // Animation off for stable pictures, except on the queues page, whose reduced-motion
      // version is a plain list: it is photographed with its network, capsules in place.
      const context = await browser.newContext({
        viewport,
        reducedMotion: name === 'queues' ? 'no-preference' : 'reduce',
      });
      if (token)
        await context.addCookies([
          { name: sessionCookieName(false), value: token, domain: '127.0.0.1', path: '/' },
        ]);
      const page = await context.newPage();
      await page.goto(`${webOrigin}${path}`, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready');
      if (name === 'menu') {
        await page.getByRole('button', { name: 'Menu' }).click();
        await page.getByRole('dialog', { name: 'Ministry directory' }).waitFor();
      }
      if (name === 'queues') {
        await page.getByTestId('capsule').first().waitFor({ timeout: 15_000 });
        await page.waitForTimeout(1_500); // let the capsules finish sliding into place
      }
      const file = join(outDir, `${name}-${viewport.width}.png`);
      await page.screenshot({ path: file });
      console.log(`  ${file.slice(root.length + 1)}`);
      await context.close();
    }
  }
  say('done');
} finally {
  await stopAll();
}
