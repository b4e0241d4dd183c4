// Makes sure the OS provides what the local stack needs. Runs at the start of
// every `npm test` and `npm run dev`, so the all-present path is only stats.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { buildPgvector } from './pgvector.ts';
import { runChecked, type Log } from './process.ts';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * Where detection looks. The real machine is `{ root: '/', path: $PATH }`; the detection test
 * builds each state of a machine under a temporary root instead.
 */
export interface SystemLayout {
  /** Filesystem root that `/usr/...` paths are resolved under. */
  root: string;
  /** A PATH-style list of directories searched for commands. */
  path: string;
}

const HOST: SystemLayout = { root: '/', path: process.env.PATH ?? '' };

const pgRoot = (layout: SystemLayout) => join(layout.root, 'usr/lib/postgresql');

/** The highest installed PostgreSQL server's major version, e.g. "15", or undefined. */
export function postgresMajor(layout: SystemLayout = HOST): string | undefined {
  const root = pgRoot(layout);
  if (!existsSync(root)) return undefined;
  return readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a))[0];
}

/** The bin dir of the highest installed PostgreSQL (Debian does not put it on PATH). */
export function postgresBinDir(): string {
  const major = postgresMajor();
  if (!major) throw new Error('PostgreSQL server is not installed (run ensureSystemDeps first)');
  return join(pgRoot(HOST), major, 'bin');
}

export function findOnPath(command: string, path = HOST.path): string | undefined {
  for (const dir of path.split(delimiter)) {
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
export function chromiumPath(layout: SystemLayout = HOST): string | undefined {
  const fromEnv = layout === HOST ? process.env.CHROMIUM_PATH : undefined;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const packaged = join(layout.root, DEFAULT_CHROMIUM);
  return existsSync(packaged) ? packaged : undefined;
}

/**
 * Asks the server's own pg_config where a directory is. Debian ships pg_config in the client
 * package, so it answers even when the directory it names (the server headers) is absent.
 */
function pgConfigDir(layout: SystemLayout, major: string, flag: string, fallback: string): string {
  const pgConfig = join(pgRoot(layout), major, 'bin', 'pg_config');
  if (!existsSync(pgConfig)) return join(layout.root, fallback);
  return execFileSync(pgConfig, [flag], { encoding: 'utf8' }).trim();
}

const extensionDir = (layout: SystemLayout, major: string) =>
  join(pgConfigDir(layout, major, '--sharedir', `usr/share/postgresql/${major}`), 'extension');

/**
 * Whether an extension can be compiled against this server: its headers (`postgres.h`, from
 * postgresql-server-dev-N) and the PGXS makefile. Checked by the files the build includes, not
 * by some other file that happens to ship alongside them.
 */
function canBuildExtensions(layout: SystemLayout, major: string): boolean {
  const headers = pgConfigDir(
    layout,
    major,
    '--includedir-server',
    `usr/include/postgresql/${major}/server`,
  );
  const pgxs = pgConfigDir(
    layout,
    major,
    '--pgxs',
    `usr/lib/postgresql/${major}/lib/pgxs/src/makefiles/pgxs.mk`,
  );
  return existsSync(join(headers, 'postgres.h')) && existsSync(pgxs);
}

export interface MissingDeps {
  /** Debian packages to install with apt-get. */
  packages: string[];
  /** Whether pgvector must be built from source (after the packages are installed). */
  pgvector: boolean;
}

/** Debian installs PgBouncer in /usr/sbin, which is not on every user's PATH. */
export function pgbouncerPath(layout: SystemLayout = HOST): string | undefined {
  const packaged = join(layout.root, 'usr/sbin/pgbouncer');
  return existsSync(packaged) ? packaged : findOnPath('pgbouncer', layout.path);
}

/**
 * What the local stack lacks on the machine described by `layout`. Only reads the filesystem.
 * `pgbouncer`: the tests' transaction-mode pooler (the api behind a pooler is tested).
 */
export function detectMissing(opts: {
  chromium: boolean;
  pgbouncer?: boolean;
  layout?: SystemLayout;
}): MissingDeps {
  const layout = opts.layout ?? HOST;
  const packages = new Set<string>();
  let pgvector = false;
  const major = postgresMajor(layout);
  if (!major) {
    // Installing the server changes everything below; re-detect afterwards.
    packages.add('postgresql').add('postgresql-contrib');
  } else {
    const extensions = extensionDir(layout, major);
    if (!existsSync(join(extensions, 'citext.control'))) packages.add('postgresql-contrib');
    if (!existsSync(join(extensions, 'vector.control'))) {
      pgvector = true;
      if (!canBuildExtensions(layout, major)) packages.add(`postgresql-server-dev-${major}`);
      if (!findOnPath('make', layout.path) || !findOnPath('cc', layout.path)) {
        packages.add('build-essential');
      }
      if (!findOnPath('dpkg-source', layout.path)) packages.add('dpkg-dev');
    }
  }
  if (!findOnPath('redis-server', layout.path)) packages.add('redis-server');
  if (opts.chromium && !chromiumPath(layout)) packages.add('chromium');
  if (opts.pgbouncer && !pgbouncerPath(layout)) packages.add('pgbouncer');
  return { packages: [...packages], pgvector };
}

function aptInstallCommand(packages: string[]): string {
  return `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}`;
}

export async function ensureSystemDeps(opts: {
  log: Log;
  chromium?: boolean;
  pgbouncer?: boolean;
}): Promise<void> {
  const { log } = opts;
  const chromium = opts.chromium ?? false;
  const pgbouncer = opts.pgbouncer ?? false;
  let missing = detectMissing({ chromium, pgbouncer });
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
    missing = detectMissing({ chromium, pgbouncer });
    // A fresh server install may have revealed that pgvector's build deps are missing too.
    if (missing.packages.length > 0) {
      await runChecked('apt-get', ['install', '-y', '-q', ...missing.packages], { env, log });
      missing = detectMissing({ chromium, pgbouncer });
    }
    if (missing.packages.length > 0) {
      throw new Error(`still missing after apt-get install: ${missing.packages.join(' ')}`);
    }
  }

  if (missing.pgvector) {
    const major = postgresMajor();
    if (!major) throw new Error('PostgreSQL server is still missing after apt-get install');
    const started = Date.now();
    await buildPgvector({ pgConfig: join(postgresBinDir(), 'pg_config'), log });
    if (!existsSync(join(extensionDir(HOST, major), 'vector.control'))) {
      throw new Error(
        `pgvector build finished but vector.control is not in ${extensionDir(HOST, major)}`,
      );
    }
    log(
      `pgvector installed for PostgreSQL ${major} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
}
