// `npm test`: everything the test suite needs, then every test.
//   1. system packages (PostgreSQL + pgvector, Redis, Chromium, PgBouncer) installed where missing;
//   2. the Prisma client generated;
//   3. the web app built against the browser suite's api port;
//   4. vitest: unit, integration (real Postgres/Redis/graphile-worker/HTTP) and browser tests.
// Postgres and Redis are started by the suite's global setup, or taken from TEST_DATABASE_URL /
// TEST_REDIS_URL (CI service containers). Extra arguments go to vitest.
import { resolve } from 'node:path';

import { chromiumPath, ensureSystemDeps } from './stack/index.ts';
import { run } from './run.ts';
import { TEST_API_PORT } from '../tests/setup/ports.ts';

const root = resolve(import.meta.dirname, '..');
const started = Date.now();
const step = (msg: string) =>
  console.log(`\n▶ ${msg} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

const externalServices = Boolean(process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL);
if (!externalServices || !process.env.CHROMIUM_PATH) {
  step('checking system packages');
  await ensureSystemDeps({ log: (l) => console.log(`  ${l}`), chromium: true, pgbouncer: true });
}
if (!chromiumPath())
  throw new Error('Chromium is required for the browser tests (set CHROMIUM_PATH).');

step('generating the Prisma client');
await run('npm', ['run', '--silent', 'db:generate'], { cwd: root });

step('building the web app');
await run('npx', ['--no-install', 'next', 'build'], {
  cwd: resolve(root, 'apps/web'),
  env: {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_PUBLIC_API_URL: `http://127.0.0.1:${TEST_API_PORT}`,
  },
});

step('running the tests');
await run('npx', ['--no-install', 'vitest', 'run', ...process.argv.slice(2)], {
  cwd: root,
  env: { ...process.env, NODE_ENV: 'test', NEXT_TELEMETRY_DISABLED: '1' },
});
step('done');
