// A project-local Redis server: its own data dir and port, run as our child. Like the deployed
// one it requires a password (generated once per data dir, kept in <dataDir>/redis.password), so
// every client path (URLs with the password, AUTH on connect) is exercised locally and in tests.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isPortFree } from './ports.ts';
import { pidAlive, processName, sleep, startServer, stopPid, type Log } from './process.ts';
import { redisCommand, redisPing, RespError } from './resp.ts';
import { findOnPath } from './system.ts';

const READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 15_000;

export interface RedisOptions {
  dataDir: string;
  port: number;
  log: Log;
  /** Append-only file on (default). false: no persistence at all, for tests. */
  persistent?: boolean;
  /** Called if the server exits without stop() being called (crash, `stack down`). */
  onExit?: (code: number | null, signal: NodeJS.Signals | null) => void;
}

export interface RedisServer {
  port: number;
  /** redis://:<password>@127.0.0.1:<port> */
  url: string;
  password: string;
  /** True if a server already running for dataDir was adopted; stop() then leaves it alone. */
  reused: boolean;
  stop(): Promise<void>;
}

export function redisPidFile(dataDir: string): string {
  return join(resolve(dataDir), 'redis.pid');
}

/** This data dir's password: made on first use, then the same for every start and adoption. */
export function redisPassword(dataDir: string): string {
  const file = join(resolve(dataDir), 'redis.password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('hex');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function handle(
  port: number,
  password: string,
  reused: boolean,
  stop: () => Promise<void>,
): RedisServer {
  const url = `redis://:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  return { port, url, password, reused, stop };
}

/** Adopts a Redis answering on port if it serves dataDir; throws if it serves another dir. */
async function adopt(
  port: number,
  dataDir: string,
  password: string,
  log: Log,
): Promise<RedisServer | undefined> {
  let auth: string | undefined = password;
  if (!(await redisPing(port, password))) {
    // Ours from before Redis had a password: adopt it (below) and give it the password.
    if (!(await redisPing(port))) return undefined;
    auth = undefined;
  }
  const reply = await redisCommand(port, ['CONFIG', 'GET', 'dir'], 2000, auth);
  const dir = Array.isArray(reply) && typeof reply[1] === 'string' ? reply[1] : undefined;
  if (dir !== realpathSync(dataDir)) {
    const detail = reply instanceof RespError ? reply.message : `its dir is ${dir}`;
    throw new Error(
      `Port ${port} is used by another Redis (${detail}), not one serving ${dataDir}. ` +
        'Stop it or choose another port.',
    );
  }
  if (!auth) await redisCommand(port, ['CONFIG', 'SET', 'requirepass', password]);
  log(`reusing Redis already running on port ${port} for ${dataDir}`);
  return handle(port, password, true, async () => {});
}

export async function startRedis(opts: RedisOptions): Promise<RedisServer> {
  const dataDir = resolve(opts.dataDir);
  const { port, log } = opts;
  await mkdir(dataDir, { recursive: true });
  const password = redisPassword(dataDir);

  const adopted = await adopt(port, dataDir, password, log);
  if (adopted) return adopted;
  if (!(await isPortFree(port))) {
    throw new Error(
      `Port ${port} on 127.0.0.1 is in use by a process that is not this stack's Redis ` +
        '(another program, or a Redis with another password).',
    );
  }
  const redisServer = findOnPath('redis-server');
  if (!redisServer) throw new Error('redis-server is not installed (run ensureSystemDeps first)');

  const persistence =
    opts.persistent === false ? ['--appendonly', 'no', '--save', ''] : ['--appendonly', 'yes'];
  // The password goes in a config file (mode 600), not on the command line where ps shows it.
  const config = join(dataDir, 'redis.conf');
  writeFileSync(config, `requirepass ${password}\n`, { mode: 0o600 });
  const server = startServer(
    redisServer,
    [
      config,
      ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dataDir],
      ...['--daemonize', 'no', '--pidfile', redisPidFile(dataDir), '--logfile', ''],
      ...['--maxmemory-policy', 'noeviction'],
      ...persistence,
    ],
    { cwd: dataDir, log, deathSignal: 'SIGTERM' },
  );
  let running = true;
  let stopping = false;
  void server.exited.then(({ code, signal }) => {
    running = false;
    if (!stopping) opts.onExit?.(code, signal);
  });

  // PING answers -LOADING while a large append-only file is replayed; keep asking.
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (running && Date.now() < deadline && !(await redisPing(port, password))) await sleep(50);
  if (!running || !(await redisPing(port, password))) {
    if (!running) {
      // Lost a race with another starter on the same port: use theirs if it is ours.
      const theirs = await adopt(port, dataDir, password, log).catch(() => undefined);
      if (theirs) return theirs;
    }
    stopping = true;
    await server.stop('SIGTERM', 5_000);
    throw new Error(
      `Redis on port ${port} did not answer PING. Last log lines:\n${server.tail().join('\n')}`,
    );
  }
  return handle(port, password, false, async () => {
    stopping = true;
    // SIGTERM is SHUTDOWN: flushes the append-only file, or saves nothing when not persistent.
    await server.stop('SIGTERM', STOP_GRACE_MS);
  });
}

/** Stops a Redis left running from dataDir (by its pid file). Resolves false if none was. */
export async function stopRedisAt(dataDir: string): Promise<boolean> {
  const pidFile = redisPidFile(dataDir);
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !pidAlive(pid)) return false;
  // A stale pid file can name a pid that now belongs to something else.
  if (!(processName(pid) ?? 'redis-server').startsWith('redis')) return false;
  await stopPid(pid, 'SIGTERM', STOP_GRACE_MS);
  return true;
}
