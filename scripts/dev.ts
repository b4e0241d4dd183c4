// `npm run dev`: the whole product on this machine with the offline Overlord.
// Project-local PostgreSQL (pgvector, citext) and Redis under .local/dev, migrations, seed,
// then api, worker and web with prefixed logs. Ctrl-C stops everything; data is kept.
// Ports: OVERLORD_PG_PORT (54320), OVERLORD_REDIS_PORT (63790), API_PORT (4000), WEB_PORT (3000),
// WORKER_HEALTH_PORT (4100).
import type { ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

import { ensureDatabase, ensureSystemDeps, startPostgres, startRedis } from './stack/index.ts';
import { run, startPrefixed, stopGroup } from './run.ts';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const port = (name: string, fallback: number) => Number(process.env[name] || fallback);
const ports = {
  pg: port('OVERLORD_PG_PORT', 54320),
  redis: port('OVERLORD_REDIS_PORT', 63790),
  api: port('API_PORT', 4000),
  web: port('WEB_PORT', 3000),
  workerHealth: port('WORKER_HEALTH_PORT', 4100),
};
const say = (msg: string) => console.log(`\x1b[1m[dev]\x1b[0m ${msg}`);
const started = Date.now();

const stops: (() => Promise<void>)[] = [];
const children: ChildProcess[] = [];
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  // Services first, then the databases they use.
  await Promise.all(children.map((child) => stopGroup(child)));
  for (const stop of stops.reverse()) await stop().catch(() => {});
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  await ensureSystemDeps({ log: (l) => say(l) });
  const pg = await startPostgres({
    dataDir: join(root, '.local/dev/postgres'),
    port: ports.pg,
    log: () => {},
  });
  stops.push(() => pg.stop());
  await ensureDatabase(pg.adminUrl, 'overlord');
  const redis = await startRedis({
    dataDir: join(root, '.local/dev/redis'),
    port: ports.redis,
    log: () => {},
  });
  stops.push(() => redis.stop());

  const DATABASE_URL = pg.urlFor('overlord');
  const env = {
    // The api's /metrics needs a bearer token; a fixed one locally (override it in the shell).
    METRICS_TOKEN: 'development-metrics-token',
    ...process.env,
    NODE_ENV: 'development',
    APP_ENV: 'development',
    DATABASE_URL,
    REDIS_URL: redis.url,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  say(`PostgreSQL ${DATABASE_URL}`);
  say(`Redis      ${redis.url}`);
  await run('npm', ['run', '--silent', 'db:generate'], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await run('npx', ['--no-install', 'tsx', 'scripts/migrate.ts'], { cwd: root, env });
  await run('npx', ['--no-install', 'tsx', 'packages/db/src/cli/seed.ts'], { cwd: root, env });

  const apiUrl = `http://localhost:${ports.api}`;
  const webOrigins = [`http://localhost:${ports.web}`, `http://127.0.0.1:${ports.web}`].join(',');
  const services: [string, string, string[], NodeJS.ProcessEnv][] = [
    [
      'api',
      bin('tsx'),
      ['watch', '--clear-screen=false', 'apps/api/src/index.ts'],
      {
        ...env,
        PORT: String(ports.api),
        CORS_ORIGINS: webOrigins,
      },
    ],
    [
      'worker',
      bin('tsx'),
      ['watch', '--clear-screen=false', 'apps/worker/src/index.ts'],
      { ...env, WORKER_HEALTH_PORT: String(ports.workerHealth) },
    ],
    [
      'web',
      bin('next'),
      ['dev', '--port', String(ports.web)],
      {
        ...env,
        NEXT_PUBLIC_API_URL: apiUrl,
        API_INTERNAL_URL: apiUrl,
        // Sign-in: open http://localhost:<web port>/sign-in and act as any seeded user (the
        // development provider; refused in staging/production). Google works too when
        // AUTH_GOOGLE_ID/SECRET are set in the shell.
        AUTH_URL: `http://localhost:${ports.web}`,
        AUTH_SECRET: process.env.AUTH_SECRET ?? 'development-only-secret-not-for-deployments',
        AUTH_DEV_SIGN_IN: 'true',
      },
    ],
  ];
  services.forEach(([name, cmd, args, childEnv], i) => {
    const child = startPrefixed(name, i, cmd, args, {
      cwd: name === 'web' ? join(root, 'apps/web') : root,
      env: childEnv,
    });
    child.on('exit', (code) => {
      if (!stopping) {
        say(`${name} exited (${code}); stopping everything`);
        void shutdown(1);
      }
    });
    children.push(child);
  });
  say(
    `ready in ${((Date.now() - started) / 1000).toFixed(1)} s → web http://localhost:${ports.web}  api ${apiUrl}  (Ctrl-C stops)`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}
