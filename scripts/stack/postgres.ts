// A project-local PostgreSQL server: its own data dir and port, run as our child.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { chown, mkdir, rename, rm, rmdir, symlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isPortFree } from './ports.ts';
import {
  pidAlive,
  processName,
  run,
  runChecked,
  sleep,
  startServer,
  stopPid,
  type Log,
  type SpawnIdentity,
} from './process.ts';
import { postgresBinDir } from './system.ts';

export const PG_SUPERUSER = 'overlord';
const READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 30_000;
// Unix socket paths are limited to 108 bytes including the ".s.PGSQL.<port>" name.
const MAX_SOCKET_PATH = 100;

export interface PostgresOptions {
  dataDir: string;
  port: number;
  log: Log;
  /** false trades crash safety for speed (fsync off): only for throwaway test data. */
  durable?: boolean;
  maxConnections?: number;
  /** Called if the server exits without stop() being called (crash, `stack down`). */
  onExit?: (code: number | null, signal: NodeJS.Signals | null) => void;
}

export interface PostgresServer {
  port: number;
  adminUrl: string;
  urlFor(db: string): string;
  /** True if a server already running on dataDir was adopted; stop() then leaves it alone. */
  reused: boolean;
  stop(): Promise<void>;
}

export function postgresUrl(port: number, db: string): string {
  return `postgresql://${PG_SUPERUSER}@127.0.0.1:${port}/${encodeURIComponent(db)}`;
}

function handle(port: number, reused: boolean, stop: () => Promise<void>): PostgresServer {
  return {
    port,
    adminUrl: postgresUrl(port, 'postgres'),
    urlFor: (db) => postgresUrl(port, db),
    reused,
    stop,
  };
}

/** pid and port of the server that owns dataDir, if postmaster.pid names a live postgres. */
export function runningPostmaster(dataDir: string): { pid: number; port: number } | undefined {
  let lines: string[];
  try {
    lines = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !pidAlive(pid)) return undefined;
  // A stale pid file can name a pid that now belongs to something else.
  if ((processName(pid) ?? 'postgres') !== 'postgres') return undefined;
  return { pid, port };
}

/** Stops a server left running from dataDir (by postmaster.pid). Resolves false if none was. */
export async function stopPostgresAt(dataDir: string): Promise<boolean> {
  const running = runningPostmaster(resolve(dataDir));
  if (!running) return false;
  await stopPid(running.pid, 'SIGINT', STOP_GRACE_MS);
  return true;
}

async function isReady(port: number): Promise<boolean> {
  const pgIsReady = join(postgresBinDir(), 'pg_isready');
  const result = await run(pgIsReady, [
    '-q',
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-U',
    PG_SUPERUSER,
    '-d',
    'postgres',
    '-t',
    '2',
  ]);
  return result.code === 0;
}

async function waitReady(port: number, stillTrying: () => boolean): Promise<boolean> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && stillTrying()) {
    if (await isReady(port)) return true;
    await sleep(100);
  }
  return false;
}

async function idOf(user: string): Promise<SpawnIdentity> {
  const uid = Number((await runChecked('id', ['-u', user])).stdout.trim());
  const gid = Number((await runChecked('id', ['-g', user])).stdout.trim());
  return { uid, gid };
}

/** initdb and postgres refuse to run as root, so as root we run them as the postgres user. */
async function serverIdentity(): Promise<SpawnIdentity> {
  if (process.getuid?.() !== 0) return {};
  try {
    return await idOf('postgres');
  } catch {
    throw new Error(
      'Running as root, but there is no "postgres" OS user to run PostgreSQL as ' +
        '(it comes with the postgresql package).',
    );
  }
}

/** The first ancestor of dir (dir included) that the server user cannot enter, if any. */
async function firstUnreachable(dir: string, identity: SpawnIdentity): Promise<string | undefined> {
  if (identity.uid === undefined) return undefined;
  const ancestors: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    ancestors.unshift(d);
    if (dirname(d) === d) break;
  }
  const script = 'for d; do test -x "$d" || { echo "$d"; exit 1; }; done';
  const result = await run('sh', ['-c', script, 'sh', ...ancestors], identity);
  return result.code === 0 ? undefined : result.stdout.trim();
}

// World-traversable and persistent across reboots, so a relocated dev cluster keeps its data.
const RELOCATION_ROOT = '/var/tmp';

/**
 * Where the cluster really lives. As root, PostgreSQL runs as the "postgres" user, which cannot
 * enter a repository cloned under a 0700 directory (a home, or a CI job's temp dir). Then the
 * cluster moves to a reachable folder named after the requested path, and the requested path
 * becomes a symlink to it, so `stack:down` and every later run find it where they expect.
 */
async function reachableDataDir(
  dataDir: string,
  identity: SpawnIdentity,
  log: Log,
): Promise<string> {
  const blocked = await firstUnreachable(dirname(dataDir), identity);
  if (!blocked) return dataDir;
  const id = createHash('sha1').update(dataDir).digest('hex').slice(0, 12);
  const real = join(RELOCATION_ROOT, `overlord-postgres-${id}`, basename(dataDir));
  await mkdir(dirname(real), { recursive: true, mode: 0o755 });
  const existing = lstatSync(dataDir, { throwIfNoEntry: false });
  if (existing && !existing.isSymbolicLink()) {
    if (existing.isDirectory() && readdirSync(dataDir).length === 0) await rmdir(dataDir);
    else {
      throw new Error(
        `PostgreSQL runs as the "postgres" OS user, which cannot enter ${blocked}, and ` +
          `${dataDir} already holds files. Allow it (chmod o+x ${blocked}) or remove ${dataDir}.`,
      );
    }
  }
  if (!existing?.isSymbolicLink()) await symlink(real, dataDir);
  log(`the "postgres" user cannot enter ${blocked}; the cluster lives in ${real}`);
  return real;
}

async function ensureOwned(dir: string, identity: SpawnIdentity): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  if (identity.uid === undefined || identity.gid === undefined) return;
  if (statSync(dir).uid !== identity.uid) {
    await runChecked('chown', ['-R', `${identity.uid}:${identity.gid}`, dir]);
  }
}

async function initCluster(dataDir: string, identity: SpawnIdentity, opts: PostgresOptions) {
  if (existsSync(dataDir)) {
    if (readdirSync(dataDir).length > 0) {
      throw new Error(`${dataDir} exists but is not a PostgreSQL data directory (no PG_VERSION)`);
    }
    await rmdir(dataDir);
  }
  // initdb into a sibling and rename, so an interrupted initdb never leaves a
  // half-made cluster at dataDir, and two concurrent starters do not collide.
  const staging = `${dataDir}.initdb-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { mode: 0o700 });
  if (identity.uid !== undefined && identity.gid !== undefined) {
    await chown(staging, identity.uid, identity.gid);
  }
  opts.log(`initializing a new PostgreSQL cluster in ${dataDir}`);
  const args = ['-D', staging, '-U', PG_SUPERUSER, '--auth=trust', '-E', 'UTF8'];
  args.push('--locale=C.UTF-8', '--no-instructions');
  if (opts.durable === false) args.push('--no-sync');
  try {
    await runChecked(join(postgresBinDir(), 'initdb'), args, {
      ...identity,
      cwd: dirname(dataDir),
    });
    await rename(staging, dataDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (existsSync(join(dataDir, 'PG_VERSION'))) return; // someone else finished first
    throw error;
  }
}

/** Socket dir beside the data dir; none if the path would exceed the kernel's limit. */
async function socketDir(dataDir: string, port: number, identity: SpawnIdentity, log: Log) {
  const dir = join(dirname(dataDir), `${basename(dataDir)}-run`);
  if (`${dir}/.s.PGSQL.${port}`.length > MAX_SOCKET_PATH) {
    log(`socket path under ${dir} would be too long; listening on TCP only`);
    return '';
  }
  await ensureOwned(dir, identity);
  return dir;
}

export async function startPostgres(opts: PostgresOptions): Promise<PostgresServer> {
  let dataDir = resolve(opts.dataDir);
  const { port, log } = opts;

  const adopt = async (): Promise<PostgresServer | undefined> => {
    const running = runningPostmaster(dataDir);
    if (!running) return undefined;
    if (!(await waitReady(running.port, () => pidAlive(running.pid)))) {
      throw new Error(
        `PostgreSQL pid ${running.pid} owns ${dataDir} but is not accepting connections on port ${running.port}`,
      );
    }
    if (running.port !== port) {
      log(`note: the server on ${dataDir} listens on port ${running.port}, not ${port}`);
    }
    log(`reusing PostgreSQL already running on ${dataDir} (pid ${running.pid})`);
    return handle(running.port, true, async () => {});
  };

  const adopted = await adopt();
  if (adopted) return adopted;
  if (!(await isPortFree(port))) {
    throw new Error(
      `Port ${port} on 127.0.0.1 is in use by another process (not a PostgreSQL running on ${dataDir}). ` +
        'Stop it or choose another port.',
    );
  }

  const identity = await serverIdentity();
  await mkdir(dirname(dataDir), { recursive: true });
  dataDir = await reachableDataDir(dataDir, identity, log);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initCluster(dataDir, identity, opts);
  await ensureOwned(dataDir, identity);

  const settings: Record<string, string | number> = {
    listen_addresses: '127.0.0.1',
    port,
    unix_socket_directories: await socketDir(dataDir, port, identity, log),
    max_connections: opts.maxConnections ?? 200,
  };
  if (opts.durable === false) {
    Object.assign(settings, { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' });
  }
  const args = ['-D', dataDir];
  for (const [name, value] of Object.entries(settings)) args.push('-c', `${name}=${value}`);

  const server = startServer(join(postgresBinDir(), 'postgres'), args, {
    ...identity,
    cwd: dataDir,
    log,
    deathSignal: 'SIGINT', // fast shutdown: roll back sessions, checkpoint, exit
  });
  let running = true;
  let stopping = false;
  void server.exited.then(({ code, signal }) => {
    running = false;
    if (!stopping) opts.onExit?.(code, signal);
  });

  if (!(await waitReady(port, () => running))) {
    if (!running) {
      // Lost a race with another starter on the same data dir: use theirs.
      const theirs = await adopt();
      if (theirs) return theirs;
    }
    stopping = true;
    await server.stop('SIGINT', 5_000);
    throw new Error(
      `PostgreSQL on ${dataDir} (port ${port}) ${running ? 'did not become ready' : 'exited during startup'}. ` +
        `Last log lines:\n` +
        server.tail().join('\n'),
    );
  }
  return handle(port, false, async () => {
    stopping = true;
    await server.stop('SIGINT', STOP_GRACE_MS);
  });
}

function psql(adminUrl: string, script: string, vars: Record<string, string>) {
  const args = ['-X', '-v', 'ON_ERROR_STOP=1', '-d', adminUrl, '-f', '-'];
  for (const [name, value] of Object.entries(vars)) args.push('-v', `${name}=${value}`);
  return run(join(postgresBinDir(), 'psql'), args, {
    input: script,
    env: { ...process.env, PGCONNECT_TIMEOUT: '10' },
  });
}

/** Creates the database unless it exists; resolves true if it was created. */
export async function ensureDatabase(adminUrl: string, db: string): Promise<boolean> {
  // psql interpolates :'db' only in scripts, not in -c, hence stdin + \gexec.
  const script =
    "SELECT format('CREATE DATABASE %I', :'db') " +
    "WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db')\n\\gexec\n";
  const result = await psql(adminUrl, script, { db });
  if (result.code === 0) return result.stdout.includes('CREATE DATABASE');
  // Parallel test files may race to create the same database; theirs is as good as ours.
  if (/already exists|duplicate key/.test(result.stderr)) return false;
  throw new Error(`could not create database ${db}: ${result.stderr.trim()}`);
}

/** Drops the database, disconnecting any sessions still using it. */
export async function dropDatabase(adminUrl: string, db: string): Promise<void> {
  const result = await psql(adminUrl, 'DROP DATABASE IF EXISTS :"db" WITH (FORCE);\n', { db });
  if (result.code !== 0) throw new Error(`could not drop database ${db}: ${result.stderr.trim()}`);
}
