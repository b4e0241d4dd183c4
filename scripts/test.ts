// `npm test`: everything the test suite needs, then every test.
//   1. the Prisma client generated;
//   2. the unit lane (pure logic, no services), so a logic error fails in seconds;
//   3. system packages (PostgreSQL + pgvector, Redis, Chromium, PgBouncer) installed where missing;
//   4. the web app built against the browser suite's api port;
//   5. vitest: integration (real Postgres/Redis/graphile-worker/HTTP), then browser tests.
// Postgres and Redis are started by the suite's global setup, or taken from TEST_DATABASE_URL /
// TEST_REDIS_URL (CI service containers). Extra arguments go to both vitest runs; a run that
// the arguments leave without files passes.
import { resolve } from 'node:path';

import { chromiumPath, ensureSystemDeps } from './stack/index.ts';
import { run } from './run.ts';
import { TEST_API_PORT } from '../tests/setup/ports.ts';

const root = resolve(import.meta.dirname, '..');
const started = Date.now();
const step = (msg: string) =>
  console.log(`\n▶ ${msg} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

const vitestArgs = process.argv.slice(2);
const vitest = (projects: string[]) =>
  run(
    'npx',
    [
      '--no-install',
      'vitest',
      'run',
      ...projects.flatMap((p) => ['--project', p]),
      ...(vitestArgs.length > 0 ? ['--passWithNoTests'] : []),
      ...vitestArgs,
    ],
    { cwd: root, env: { ...process.env, NODE_ENV: 'test', NEXT_TELEMETRY_DISABLED: '1' } },
  );

step('generating the Prisma client');
await run('npm', ['run', '--silent', 'db:generate'], { cwd: root });

step('running the unit tests');
await vitest(['unit']);

const externalServices = Boolean(process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL);
if (!externalServices || !process.env.CHROMIUM_PATH) {
  step('checking system packages');
  await ensureSystemDeps({ log: (l) => console.log(`  ${l}`), chromium: true, pgbouncer: true });
}
if (!chromiumPath())
  throw new Error('Chromium is required for the browser tests (set CHROMIUM_PATH).');

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

step('running the integration and browser tests');
await vitest(['integration', 'browser']);
step('done');
