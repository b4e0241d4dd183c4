// bench:web — the topic page in headless Chromium against a production build: Largest
// Contentful Paint, and the first-load JavaScript (the gzip sizes of every script the page
// loads on a cold visit), min/median/max over the runs. Targets: LCP < 1.5 s, JS ≤ 200 KB.
//   npm run bench:web [-- --runs 3 --skip-build]
// Starts its own PostgreSQL and Redis (under .local/bench), the api, and `next start`. The build
// it leaves in apps/web/.next talks to the bench api; `npm test` rebuilds for its own port.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

import { createApiServer } from '@overlord/api/server';
import { createAppOverlord } from '@overlord/core';
import { createDb, stableId } from '@overlord/db';
import { seed } from '@overlord/db/seed';
import { overlordConfigFromEnv } from '@overlord/overlord';
import { createRedis, whenReady } from '@overlord/redis';
import { chromium } from 'playwright-core';
import { pino } from 'pino';

import { run } from '../scripts/run.ts';
import { chromiumPath, waitForPort } from '../scripts/stack/index.ts';
import { startBenchStack } from './stack.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const pgPort = Number(process.env.BENCH_PG_PORT || 25490);
const API_PORT = Number(process.env.BENCH_API_PORT || pgPort + 1000);
const WEB_PORT = Number(process.env.BENCH_WEB_PORT || pgPort + 1001);
const root = resolve(import.meta.dirname, '..');
const webDir = resolve(root, 'apps/web');
const apiUrl = `http://127.0.0.1:${API_PORT}`;
const webUrl = `http://127.0.0.1:${WEB_PORT}`;

const stack = await startBenchStack('bench_web');
const db = createDb({ url: stack.databaseUrl, maxConnections: 8 });
const redis = createRedis(stack.redisUrl, 'bench');
await whenReady(redis, 5_000);
await seed(db);

const api = createApiServer({
  env: {
    CORS_ORIGINS: [webUrl],
    APP_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: API_PORT,
    SHUTDOWN_GRACE_SECONDS: 1,
    SHUTDOWN_DELAY_MS: 0,
  },
  deps: {
    db,
    redis,
    overlord: createAppOverlord({
      config: overlordConfigFromEnv({}),
      db,
      redis,
      cache: { ttlSeconds: 3_600, threshold: 0.95 },
    }),
  },
  log: pino({ level: 'silent' }),
});
await api.start();

if (!values['skip-build']) {
  console.log('building the web app (production)…');
  await run('npx', ['--no-install', 'next', 'build'], {
    cwd: webDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_PUBLIC_API_URL: apiUrl,
    },
  });
}

const web: ChildProcess = spawn(
  'npx',
  ['--no-install', 'next', 'start', '--port', String(WEB_PORT), '--hostname', '127.0.0.1'],
  {
    cwd: webDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      APP_ENV: 'test',
      API_INTERNAL_URL: apiUrl,
      NEXT_PUBLIC_API_URL: apiUrl,
      DATABASE_URL: stack.databaseUrl,
      REDIS_URL: stack.redisUrl,
      AUTH_SECRET: 'bench-secret-bench-secret-bench-secret',
      AUTH_URL: webUrl,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
    detached: true,
  },
);

const browser = await chromium.launch({
  executablePath: chromiumPath()!,
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

interface Sample {
  lcpMs: number;
  jsGzipBytes: number;
  scripts: number;
}

async function measure(url: string): Promise<Sample> {
  // A fresh context per run: empty cache, nothing warmed up in the browser.
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      response.body().then(
        (body) => gzipSync(body).length,
        () => 0,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  // Evaluated as a string: this file's types are Node's, and the browser's entry type is
  // unknown to them.
  const lcpMs = await page.evaluate<number>(`new Promise((done) => {
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      done(entries[entries.length - 1].startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  })`);
  const sizes = await Promise.all(scripts);
  await context.close();
  return { lcpMs, jsGzipBytes: sizes.reduce((a, b) => a + b, 0), scripts: sizes.length };
}

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
};

try {
  await waitForPort(WEB_PORT, 60_000);
  const url = `${webUrl}/topics/${stableId('topic:transit')}`;
  // One visit to let `next start` compile nothing lazily and fill its own caches, as a live
  // server would have; it is not counted.
  await measure(url);
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await measure(url));
  const lcp = stats(samples.map((s) => s.lcpMs));
  const js = stats(samples.map((s) => s.jsGzipBytes / 1024));
  console.log(`\ntopic page, ${RUNS} cold visits (headless Chromium, production build)`);
  console.log(
    `  LCP                      min ${lcp.min.toFixed(0)} ms · median ${lcp.median.toFixed(0)} ms · max ${lcp.max.toFixed(0)} ms   (target < 1500 ms)`,
  );
  console.log(
    `  first-load JS (gzip)     min ${js.min.toFixed(1)} KB · median ${js.median.toFixed(1)} KB · max ${js.max.toFixed(1)} KB   (target ≤ 200 KB; ${samples[0]!.scripts} scripts)`,
  );
} finally {
  await browser.close();
  process.kill(-web.pid!, 'SIGTERM');
  await api.stop();
  redis.disconnect();
  await db.$disconnect();
  await stack.stop();
}
