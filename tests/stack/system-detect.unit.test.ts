// What `npm test` and `npm run dev` decide to install, on each state of a Debian machine. Every
// state is built as a real directory tree under a temporary root, with an executable pg_config
// that answers like Debian's (it ships in the client package, so it exists without the headers).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { detectMissing, type SystemLayout } from '../../scripts/stack/system.ts';

let root: string;
let layout: SystemLayout;

function touch(path: string, body = '', mode = 0o644): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, body);
  chmodSync(full, mode);
}

const command = (name: string) => touch(`usr/bin/${name}`, '#!/bin/sh\n', 0o755);

/** A Debian PostgreSQL 15 server with contrib and the client's pg_config, no server headers. */
function installServer(): void {
  touch('usr/lib/postgresql/15/bin/postgres', '', 0o755);
  const at = (p: string) => join(root, p);
  touch(
    'usr/lib/postgresql/15/bin/pg_config',
    [
      '#!/bin/sh',
      'case "$1" in',
      `  --sharedir) echo "${at('usr/share/postgresql/15')}" ;;`,
      `  --includedir-server) echo "${at('usr/include/postgresql/15/server')}" ;;`,
      `  --pgxs) echo "${at('usr/lib/postgresql/15/lib/pgxs/src/makefiles/pgxs.mk')}" ;;`,
      '  *) exit 1 ;;',
      'esac',
      '',
    ].join('\n'),
    0o755,
  );
  // Debian's postgresql-client-15 ships pgxs.mk: its presence says nothing about the headers.
  touch('usr/lib/postgresql/15/lib/pgxs/src/makefiles/pgxs.mk');
  touch('usr/share/postgresql/15/extension/citext.control');
  for (const tool of ['make', 'cc', 'dpkg-source']) command(tool);
}

const installHeaders = () => touch('usr/include/postgresql/15/server/postgres.h');
const installPgvector = () => touch('usr/share/postgresql/15/extension/vector.control');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'overlord-system-'));
  layout = { root, path: join(root, 'usr/bin') };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('system dependency detection', () => {
  it('without PostgreSQL, installs the server and contrib first (pgvector is decided after)', () => {
    const missing = detectMissing({ layout, chromium: true });
    expect(missing.packages.sort()).toEqual(
      ['chromium', 'postgresql', 'postgresql-contrib', 'redis-server'].sort(),
    );
    expect(missing.pgvector).toBe(false);
  });

  it('with a server but no headers, installs the server headers and builds pgvector', () => {
    installServer();
    const missing = detectMissing({ layout, chromium: false });
    expect(missing.packages.sort()).toEqual(['postgresql-server-dev-15', 'redis-server']);
    expect(missing.pgvector).toBe(true);
  });

  it('with headers but no pgvector, builds pgvector without installing headers again', () => {
    installServer();
    installHeaders();
    const missing = detectMissing({ layout, chromium: false });
    expect(missing.packages).toEqual(['redis-server']);
    expect(missing.pgvector).toBe(true);
  });

  it('asks for the compiler and dpkg-source only when pgvector must be built', () => {
    installServer();
    installHeaders();
    rmSync(join(root, 'usr/bin/cc'));
    rmSync(join(root, 'usr/bin/dpkg-source'));
    expect(detectMissing({ layout, chromium: false }).packages.sort()).toEqual(
      ['build-essential', 'dpkg-dev', 'redis-server'].sort(),
    );
    installPgvector();
    expect(detectMissing({ layout, chromium: false }).packages).toEqual(['redis-server']);
  });

  it('falls back to Debian paths when the server has no pg_config', () => {
    installServer();
    rmSync(join(root, 'usr/lib/postgresql/15/bin/pg_config'));
    expect(detectMissing({ layout, chromium: false }).packages).toContain(
      'postgresql-server-dev-15',
    );
    installHeaders();
    expect(detectMissing({ layout, chromium: false }).packages).not.toContain(
      'postgresql-server-dev-15',
    );
  });

  it('with everything present, installs nothing', () => {
    installServer();
    installHeaders();
    installPgvector();
    command('redis-server');
    touch('usr/bin/chromium', '', 0o755);
    expect(detectMissing({ layout, chromium: true })).toEqual({ packages: [], pgvector: false });
  });

  it('installs PgBouncer only for the tests, and finds it in /usr/sbin', () => {
    installServer();
    installHeaders();
    installPgvector();
    command('redis-server');
    expect(detectMissing({ layout, chromium: false }).packages).toEqual([]);
    expect(detectMissing({ layout, chromium: false, pgbouncer: true }).packages).toEqual([
      'pgbouncer',
    ]);
    touch('usr/sbin/pgbouncer', '', 0o755);
    expect(detectMissing({ layout, chromium: false, pgbouncer: true }).packages).toEqual([]);
  });
});
