// A project-local PgBouncer in transaction mode, run as our child like Redis: the pooler the api
// may sit behind in production (README, "Database connections"), so the tests can prove the
// api's procedures work through one.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { canConnect, isPortFree } from './ports.ts';
import { sleep, startServer, type Log } from './process.ts';
import { pgbouncerPath } from './system.ts';

const READY_TIMEOUT_MS = 20_000;

export interface PgbouncerOptions {
  /** Where the config lives (written on every start). */
  dataDir: string;
  port: number;
  /** The PostgreSQL server behind it (any database; user and password are taken from it). */
  upstreamUrl: string;
  /** Server connections per database and user (PgBouncer's default_pool_size). */
  poolSize?: number;
  log: Log;
}

export interface PgbouncerServer {
  port: number;
  /** A connection string for `database` through the pooler. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/** libpq key=value quoting: single quotes, backslash-escaped. */
const quote = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function config(opts: PgbouncerOptions): string {
  const upstream = new URL(opts.upstreamUrl);
  const user = decodeURIComponent(upstream.username);
  const server = [
    `host=${quote(upstream.hostname)}`,
    `port=${upstream.port || '5432'}`,
    `user=${quote(user)}`,
    ...(upstream.password ? [`password=${quote(decodeURIComponent(upstream.password))}`] : []),
  ].join(' ');
  return [
    '[databases]',
    // Any database name, always as the upstream user: clients need no credentials of their own.
    `* = ${server}`,
    '',
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${opts.port}`,
    'unix_socket_dir =',
    'auth_type = any',
    'pool_mode = transaction',
    `default_pool_size = ${opts.poolSize ?? 5}`,
    'max_client_conn = 500',
    // node-postgres and Prisma send these; PgBouncer would refuse the connection otherwise.
    'ignore_startup_parameters = extra_float_digits,options',
    'logfile =',
    // As root PgBouncer refuses to run unless told whom to become.
    ...(process.getuid?.() === 0 ? ['user = postgres'] : []),
    '',
  ].join('\n');
}

export async function startPgbouncer(opts: PgbouncerOptions): Promise<PgbouncerServer> {
  const binary = pgbouncerPath();
  if (!binary) throw new Error('pgbouncer is not installed (run ensureSystemDeps first)');
  if (!(await isPortFree(opts.port))) throw new Error(`Port ${opts.port} is in use.`);
  const dataDir = resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'pgbouncer.ini');
  // It holds the upstream password; readable by its owner only (root reads it before dropping).
  writeFileSync(file, config(opts), { mode: 0o600 });
  chmodSync(file, 0o600);

  const server = startServer(binary, [file], { log: opts.log, deathSignal: 'SIGINT' });
  let running = true;
  void server.exited.then(() => (running = false));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (running && Date.now() < deadline && !(await canConnect(opts.port))) await sleep(50);
  if (!running || !(await canConnect(opts.port))) {
    await server.stop('SIGINT', 5_000);
    throw new Error(`PgBouncer did not start:\n${server.tail().join('\n')}`);
  }
  return {
    port: opts.port,
    urlFor: (database) => `postgresql://pooled@127.0.0.1:${opts.port}/${database}`,
    // SIGINT: "safe shutdown", waits for clients to finish their transactions.
    stop: () => server.stop('SIGINT', 10_000),
  };
}
