// A project-local Redis server: its own data dir and port, run as our child.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
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
  url: string;
  /** True if a server already running for dataDir was adopted; stop() then leaves it alone. */
  reused: boolean;
  stop(): Promise<void>;
}

export function redisPidFile(dataDir: string): string {
  return join(resolve(dataDir), 'redis.pid');
}

function handle(port: number, reused: boolean, stop: () => Promise<void>): RedisServer {
  return { port, url: `redis://127.0.0.1:${port}`, reused, stop };
}

/** Adopts a Redis answering on port if it serves dataDir; throws if it serves another dir. */
async function adopt(port: number, dataDir: string, log: Log): Promise<RedisServer | undefined> {
  if (!(await redisPing(port))) return undefined;
  const reply = await redisCommand(port, ['CONFIG', 'GET', 'dir']);
  const dir = Array.isArray(reply) && typeof reply[1] === 'string' ? reply[1] : undefined;
  if (dir !== realpathSync(dataDir)) {
    const detail = reply instanceof RespError ? reply.message : `its dir is ${dir}`;
    throw new Error(
      `Port ${port} is used by another Redis (${detail}), not one serving ${dataDir}. ` +
        'Stop it or choose another port.',
    );
  }
  log(`reusing Redis already running on port ${port} for ${dataDir}`);
  return handle(port, true, async () => {});
}

export async function startRedis(opts: RedisOptions): Promise<RedisServer> {
  const dataDir = resolve(opts.dataDir);
  const { port, log } = opts;
  await mkdir(dataDir, { recursive: true });

  const adopted = await adopt(port, dataDir, log);
  if (adopted) return adopted;
  if (!(await isPortFree(port))) {
    throw new Error(`Port ${port} on 127.0.0.1 is in use by a process that is not Redis.`);
  }
  const redisServer = findOnPath('redis-server');
  if (!redisServer) throw new Error('redis-server is not installed (run ensureSystemDeps first)');

  const persistence =
    opts.persistent === false ? ['--appendonly', 'no', '--save', ''] : ['--appendonly', 'yes'];
  const server = startServer(
    redisServer,
    [
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
  while (running && Date.now() < deadline && !(await redisPing(port))) await sleep(50);
  if (!running || !(await redisPing(port))) {
    if (!running) {
      // Lost a race with another starter on the same port: use theirs if it is ours.
      const theirs = await adopt(port, dataDir, log).catch(() => undefined);
      if (theirs) return theirs;
    }
    stopping = true;
    await server.stop('SIGTERM', 5_000);
    throw new Error(
      `Redis on port ${port} did not answer PING. Last log lines:\n${server.tail().join('\n')}`,
    );
  }
  return handle(port, false, async () => {
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
