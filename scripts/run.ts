// Small process helpers shared by the dev and test entry points.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/** Runs a command to completion, inheriting stdio; rejects on a non-zero exit. */
export function run(cmd: string, args: string[], opts: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...opts });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${cmd} ${args.join(' ')} exited with ${signal ?? code}`)),
    );
  });
}

const COLOURS = [36, 35, 33, 32, 34, 31];
const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/** Turns a pino JSON line into "12:00:01 INFO message key=value"; other lines pass through. */
export function prettyLine(line: string): string {
  if (!line.startsWith('{')) return line;
  try {
    const {
      time,
      level,
      msg,
      name: _n,
      service: _s,
      pid: _p,
      hostname: _h,
      ...rest
    } = JSON.parse(line) as Record<string, unknown>;
    const clock = typeof time === 'string' ? time.slice(11, 19) : '';
    const extras = Object.entries(rest)
      .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join(' ');
    return `${clock} ${LEVELS[level as number] ?? level} ${msg ?? ''} ${extras}`.trimEnd();
  } catch {
    return line;
  }
}

/** Starts a long-running child whose output lines are prefixed with a coloured name. */
export function startPrefixed(
  name: string,
  index: number,
  cmd: string,
  args: string[],
  opts: SpawnOptions,
): ChildProcess {
  // Own process group, so stopGroup reaches every process it spawns (tsx watch, next dev).
  const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const tag = `\x1b[${COLOURS[index % COLOURS.length]}m[${name}]\x1b[0m`;
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) console.log(`${tag} ${prettyLine(line)}`);
    });
  }
  return child;
}

/** SIGTERM to the child's whole process group; SIGKILL after `graceMs`. Resolves on exit. */
export function stopGroup(child: ChildProcess, graceMs = 8_000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return resolve();
    const signal = (sig: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, sig);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => signal('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    signal('SIGTERM');
  });
}
