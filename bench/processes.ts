// The real api and worker entry points as child processes for benchmarks, each in its own
// process group so nothing outlives the run (Ctrl-C included).
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const children = new Set<ChildProcess>();

/** Kills every child still running, with its process group. */
export function killChildren() {
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) continue;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }
  children.clear();
}
process.once('SIGINT', () => {
  killChildren();
  process.exit(130);
});

/** Tracks a child started elsewhere (e.g. a forked client), so killChildren reaches it. */
export function track(child: ChildProcess) {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

/** A port no one listens on right now (for a child process to take). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Resident set of a process, in bytes (Linux). */
export function rss(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

export interface Child {
  pid: number;
  stop(): Promise<void>;
}

function start(entry: string, env: Record<string, string>): Child & { exited: () => boolean } {
  // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=.local/profiles": profile the services.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], {
    cwd: root,
    detached: true,
    env: { ...process.env, NODE_ENV: 'production', APP_ENV: 'test', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  track(child);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    pid: child.pid!,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function until(ready: () => Promise<boolean>, child: { exited: () => boolean }) {
  for (let i = 0; i < 600; i++) {
    if (child.exited()) throw new Error('the process exited during start-up');
    if (await ready().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the process did not become ready within 60 s');
}

/** `apps/api/src/index.ts`, ready to serve (readiness 200). */
export async function startApi(opts: {
  databaseUrl: string;
  redisUrl: string;
}): Promise<Child & { url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const api = start('apps/api/src/index.ts', {
    DATABASE_URL: opts.databaseUrl,
    REDIS_URL: opts.redisUrl,
    CORS_ORIGINS: 'http://localhost:3000',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_POOL_SIZE: '20',
    SHUTDOWN_DELAY_MS: '0',
    SHUTDOWN_GRACE_SECONDS: '1',
    // Every benchmark subscriber comes from 127.0.0.1: the per-IP and per-user caps would turn
    // the fan-out measurement into a measurement of refusals.
    LIVE_MAX_PER_IP: '1000000',
    LIVE_MAX_PER_USER: '1000000',
  });
  await until(async () => (await fetch(`${url}/readyz`)).ok, api);
  return { ...api, url };
}

/** `apps/worker/src/index.ts`, its health endpoint answering; `env` adds or overrides settings. */
export async function startWorker(opts: {
  databaseUrl: string;
  redisUrl: string;
  env?: Record<string, string>;
}): Promise<Child & { healthUrl: string }> {
  const port = await freePort();
  const worker = start('apps/worker/src/index.ts', {
    DATABASE_URL: opts.databaseUrl,
    REDIS_URL: opts.redisUrl,
    WORKER_HEALTH_PORT: String(port),
    ...opts.env,
  });
  const healthUrl = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${healthUrl}/healthz`)).ok, worker);
  return { ...worker, healthUrl };
}

/** Connection-pool sizes and peak use a worker reports on /metrics, per pool. */
export async function workerPoolUse(
  healthUrl: string,
): Promise<Record<string, { max: number; peak: number; waitingPeak: number }>> {
  const text = await (await fetch(`${healthUrl}/metrics`)).text();
  const out: Record<string, { max: number; peak: number; waitingPeak: number }> = {};
  for (const [, metric, pool, value] of text.matchAll(
    /^worker_db_pool_(max|in_use_peak|waiting_peak)\{pool="(\w+)"\} (\d+)/gm,
  )) {
    const entry = (out[pool!] ??= { max: 0, peak: 0, waitingPeak: 0 });
    if (metric === 'max') entry.max = Number(value);
    else if (metric === 'in_use_peak') entry.peak = Number(value);
    else entry.waitingPeak = Number(value);
  }
  return out;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** "min / median / max" over runs, or the single value. */
export function spread(xs: number[], digits = 1): string {
  if (xs.length === 1) return xs[0]!.toFixed(digits);
  const f = (n: number) => n.toFixed(digits);
  return `${f(Math.min(...xs))} / ${f(median(xs))} / ${f(Math.max(...xs))}`;
}

/** Machine context for the printed numbers: this host's cores are shared. */
export const machine = () =>
  `${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
