// Spawning helpers shared by the stack modules: line-by-line logging of a
// child's output, running one-shot commands, and supervising long-lived servers.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export type Log = (line: string) => void;

export interface SpawnIdentity {
  uid?: number;
  gid?: number;
}

export interface RunOptions extends SpawnIdentity {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Receives every output line; when absent, output is only kept for errors. */
  log?: Log;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const TAIL_LINES = 40;

function forwardLines(stream: Readable | null, onLine: (line: string) => void): void {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
}

/** Runs a command to completion; never rejects on a non-zero exit (callers decide). */
export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      uid: opts.uid,
      gid: opts.gid,
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    if (opts.log) {
      forwardLines(child.stdout, opts.log);
      forwardLines(child.stderr, opts.log);
    }
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (child.stdin) {
      // A command that exits before reading its input would otherwise crash us with EPIPE.
      child.stdin.on('error', () => {});
      child.stdin.end(opts.input);
    }
  });
}

/** Like run() but rejects with the command's output when it fails. */
export async function runChecked(
  cmd: string,
  args: string[],
  opts: RunOptions = {},
): Promise<RunResult> {
  const result = await run(cmd, args, opts);
  if (result.code !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-TAIL_LINES);
    throw new Error(
      `\`${[cmd, ...args].join(' ')}\` exited with ${result.code}:\n${output.join('\n')}`,
    );
  }
  return result;
}

export interface ServerProcess {
  child: ChildProcess;
  /** Resolves when the process has exited, whoever stopped it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last lines the server printed, for error messages. */
  tail(): string[];
  /** Sends `signal`, escalates to SIGKILL after `graceMs`, resolves once it has exited. */
  stop(signal: NodeJS.Signals, graceMs: number): Promise<void>;
}

/**
 * Starts a long-lived server as our child. setpriv's parent-death signal makes
 * the kernel deliver `deathSignal` to the server if this Node process dies
 * without calling stop() (e.g. SIGKILL), so no orphaned servers hold the ports.
 * setpriv execs in place, so the child's pid is the server's pid.
 */
export function startServer(
  cmd: string,
  args: string[],
  opts: SpawnIdentity & { log: Log; deathSignal: NodeJS.Signals; cwd?: string },
): ServerProcess {
  const setpriv = '/usr/bin/setpriv';
  const [file, argv] = existsSync(setpriv)
    ? [setpriv, ['--pdeathsig', opts.deathSignal.replace(/^SIG/, ''), '--', cmd, ...args]]
    : [cmd, args];
  const child = spawn(file, argv, {
    cwd: opts.cwd,
    uid: opts.uid,
    gid: opts.gid,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group: a terminal's Ctrl-C reaches only our process, which stops the
    // services that use the server before the server itself (pdeathsig covers a crash).
    detached: true,
  });
  const lines: string[] = [];
  const onLine = (line: string): void => {
    lines.push(line);
    if (lines.length > TAIL_LINES) lines.shift();
    opts.log(line);
  };
  forwardLines(child.stdout, onLine);
  forwardLines(child.stderr, onLine);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.on('error', (error) => {
      onLine(`failed to start ${cmd}: ${error.message}`);
      resolve({ code: null, signal: null });
    });
  });
  let exitedYet = false;
  void exited.then(() => (exitedYet = true));

  return {
    child,
    exited,
    tail: () => [...lines],
    async stop(signal, graceMs) {
      if (exitedYet) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** True if a process with this pid is running (EPERM means it exists but is not ours). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // An exited server whose parent is gone can linger as a zombie when PID 1
  // does not reap (common in containers); it holds no port or lock any more.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** The kernel's name for the process (e.g. "postgres"), undefined if unknown. */
export function processName(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Signals a pid we did not spawn and waits until it is gone. */
export async function stopPid(pid: number, signal: NodeJS.Signals, timeoutMs: number) {
  if (!pidAlive(pid)) return;
  process.kill(pid, signal);
  const deadline = Date.now() + timeoutMs;
  while (pidAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`process ${pid} did not exit after ${signal}`);
    await sleep(100);
  }
}
