// Makes sure the OS provides what the local stack needs. Runs at the start of
// every `npm test` and `npm run dev`, so the all-present path is only stats.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { buildPgvector } from './pgvector.ts';
import { runChecked, type Log } from './process.ts';

const PG_ROOT = '/usr/lib/postgresql';
const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The highest installed PostgreSQL major version, e.g. "15", or undefined. */
export function postgresMajor(): string | undefined {
  if (!existsSync(PG_ROOT)) return undefined;
  return readdirSync(PG_ROOT)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(PG_ROOT, name, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a))[0];
}

/** The bin dir of the highest installed PostgreSQL (Debian does not put it on PATH). */
export function postgresBinDir(): string {
  const major = postgresMajor();
  if (!major) throw new Error('PostgreSQL server is not installed (run ensureSystemDeps first)');
  return join(PG_ROOT, major, 'bin');
}

export function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this dir
    }
  }
  return undefined;
}

/** The browser tests' Chromium: CHROMIUM_PATH when it exists, else Debian's package. */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return existsSync(DEFAULT_CHROMIUM) ? DEFAULT_CHROMIUM : undefined;
}

function extensionDir(major: string): string {
  const pgConfig = join(PG_ROOT, major, 'bin', 'pg_config');
  const shareDir = existsSync(pgConfig)
    ? execFileSync(pgConfig, ['--sharedir'], { encoding: 'utf8' }).trim()
    : `/usr/share/postgresql/${major}`;
  return join(shareDir, 'extension');
}

interface Missing {
  packages: string[];
  pgvector: boolean;
}

function detect(chromium: boolean): Missing {
  const packages = new Set<string>();
  let pgvector = false;
  const major = postgresMajor();
  if (!major) {
    // Installing the server changes everything below; re-detect afterwards.
    packages.add('postgresql').add('postgresql-contrib');
  } else {
    const extensions = extensionDir(major);
    if (!existsSync(join(extensions, 'citext.control'))) packages.add('postgresql-contrib');
    if (!existsSync(join(extensions, 'vector.control'))) {
      pgvector = true;
      const pgxs = join(PG_ROOT, major, 'lib', 'pgxs', 'src', 'makefiles', 'pgxs.mk');
      if (!existsSync(pgxs)) packages.add(`postgresql-server-dev-${major}`);
      if (!findOnPath('make') || !findOnPath('cc')) packages.add('build-essential');
      if (!findOnPath('dpkg-source')) packages.add('dpkg-dev');
    }
  }
  if (!findOnPath('redis-server')) packages.add('redis-server');
  if (chromium && !chromiumPath()) packages.add('chromium');
  return { packages: [...packages], pgvector };
}

function aptInstallCommand(packages: string[]): string {
  return `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}`;
}

export async function ensureSystemDeps(opts: { log: Log; chromium?: boolean }): Promise<void> {
  const { log } = opts;
  const chromium = opts.chromium ?? false;
  let missing = detect(chromium);
  if (missing.packages.length === 0 && !missing.pgvector) return;

  if (process.getuid?.() !== 0) {
    // Without a server we cannot tell yet whether pgvector will need building.
    const needsBuild = missing.pgvector || !postgresMajor();
    const names = [...missing.packages, ...(missing.pgvector ? ['pgvector'] : [])];
    const steps: string[] = [];
    if (missing.packages.length > 0) {
      steps.push(`sudo sh -c '${aptInstallCommand(missing.packages)}'`);
    }
    if (needsBuild) {
      steps.push(
        'sudo env "PATH=$PATH" npx tsx scripts/stack/cli.ts deps   (builds pgvector from Debian source)',
      );
    }
    throw new Error(
      `Missing system dependencies (${names.join(', ')}). Run as root:\n  ${steps.join('\n  ')}`,
    );
  }

  if (missing.packages.length > 0) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    log(`installing ${missing.packages.join(' ')} with apt-get`);
    await runChecked('apt-get', ['update', '-q'], { env });
    await runChecked('apt-get', ['install', '-y', '-q', ...missing.packages], { env, log });
    missing = detect(chromium);
    // A fresh server install may have revealed that pgvector's build deps are missing too.
    if (missing.packages.length > 0) {
      await runChecked('apt-get', ['install', '-y', '-q', ...missing.packages], { env, log });
      missing = detect(chromium);
    }
    if (missing.packages.length > 0) {
      throw new Error(`still missing after apt-get install: ${missing.packages.join(' ')}`);
    }
  }

  if (missing.pgvector) {
    const major = postgresMajor();
    if (!major) throw new Error('PostgreSQL server is still missing after apt-get install');
    const started = Date.now();
    await buildPgvector({ pgConfig: join(PG_ROOT, major, 'bin', 'pg_config'), log });
    if (!existsSync(join(extensionDir(major), 'vector.control'))) {
      throw new Error(
        `pgvector build finished but vector.control is not in ${extensionDir(major)}`,
      );
    }
    log(
      `pgvector installed for PostgreSQL ${major} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
}
