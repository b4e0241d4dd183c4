// Project-local dev servers: `up` runs PostgreSQL and Redis in the foreground
// until Ctrl-C, `down` stops ones left running, `deps` installs system packages.
import { join, resolve } from 'node:path';
import { startPostgres, ensureDatabase, stopPostgresAt } from './postgres.ts';
import { startRedis, stopRedisAt } from './redis.ts';
import { ensureSystemDeps } from './system.ts';
import type { Log } from './process.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const devDir = join(repoRoot, '.local', 'dev');
const pgDataDir = join(devDir, 'postgres');
const redisDataDir = join(devDir, 'redis');
const DEV_DATABASE = 'overlord';

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a TCP port number, got ${JSON.stringify(raw)}`);
  }
  return port;
}

const prefixed =
  (name: string): Log =>
  (line) =>
    console.log(`[${name}] ${line}`);

async function up(): Promise<void> {
  const stops: Array<() => Promise<void>> = [];
  let shuttingDown = false;
  const shutdown = async (code: number): Promise<never> => {
    if (!shuttingDown) {
      shuttingDown = true;
      await Promise.allSettled(stops.map((stop) => stop()));
    }
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (shuttingDown) process.exit(1); // second Ctrl-C: do not wait
      console.log(`[stack] ${signal}: stopping servers`);
      void shutdown(0);
    });
  }
  const onExit = (name: string) => (code: number | null, signal: NodeJS.Signals | null) => {
    if (shuttingDown) return;
    console.error(`[stack] ${name} exited unexpectedly (${signal ?? `code ${code}`})`);
    void shutdown(1);
  };

  try {
    await startServers(stops, onExit);
  } catch (error) {
    console.error(`[stack] ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

async function startServers(
  stops: Array<() => Promise<void>>,
  onExit: (name: string) => (code: number | null, signal: NodeJS.Signals | null) => void,
): Promise<void> {
  await ensureSystemDeps({ log: prefixed('deps') });
  const pg = await startPostgres({
    dataDir: pgDataDir,
    port: portFromEnv('OVERLORD_PG_PORT', 54320),
    log: prefixed('postgres'),
    onExit: onExit('postgres'),
  });
  stops.push(() => pg.stop());
  await ensureDatabase(pg.adminUrl, DEV_DATABASE);
  const redis = await startRedis({
    dataDir: redisDataDir,
    port: portFromEnv('OVERLORD_REDIS_PORT', 63790),
    log: prefixed('redis'),
    onExit: onExit('redis'),
  });
  stops.push(() => redis.stop());

  console.log(`DATABASE_URL=${pg.urlFor(DEV_DATABASE)}`);
  console.log(`REDIS_URL=${redis.url}`);
  if (pg.reused && redis.reused) {
    console.log('[stack] both servers were already running; leaving them to whoever started them');
    return;
  }
  console.log('[stack] running; press Ctrl-C to stop');
  // Signal handlers and the servers' pipes keep the process alive from here.
}

async function down(): Promise<void> {
  const pg = await stopPostgresAt(pgDataDir);
  console.log(pg ? '[stack] stopped PostgreSQL' : '[stack] PostgreSQL was not running');
  const redis = await stopRedisAt(redisDataDir);
  console.log(redis ? '[stack] stopped Redis' : '[stack] Redis was not running');
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'up':
      return up();
    case 'down':
      return down();
    case 'deps':
      return ensureSystemDeps({
        log: prefixed('deps'),
        chromium: rest.includes('--chromium'),
        pgbouncer: rest.includes('--pgbouncer'),
      });
    default:
      console.error('usage: tsx scripts/stack/cli.ts up | down | deps [--chromium] [--pgbouncer]');
      process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`[stack] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
