// As root, PostgreSQL runs as the "postgres" user. A clone under a 0700 directory (a home, a CI
// job's temp dir) is out of its reach, so the cluster must live elsewhere and still be found by
// the path the project asked for.
import { lstatSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { startPostgres, stopPostgresAt } from '../../scripts/stack/postgres.ts';
import { TEST_PG_PORT } from '../setup/ports.ts';

const asRoot = process.getuid?.() === 0;
const port = TEST_PG_PORT + 19;
const closed = mkdtempSync(join(tmpdir(), 'overlord-closed-')); // mkdtemp makes it 0700
const dataDir = join(closed, 'repo', '.local', 'test', 'postgres');
const cleanup: string[] = [];

afterAll(async () => {
  await stopPostgresAt(dataDir).catch(() => false);
  for (const dir of [...cleanup, closed]) rmSync(dir, { recursive: true, force: true });
});

describe('a repository the postgres user cannot enter', () => {
  it.runIf(asRoot)(
    'keeps the cluster in a reachable folder, found again by the asked path',
    async () => {
      const lines: string[] = [];
      const log = (line: string) => lines.push(line);

      const first = await startPostgres({ dataDir, port, log, durable: false });
      expect(first.reused).toBe(false);
      expect(lstatSync(dataDir).isSymbolicLink()).toBe(true);
      const real = realpathSync(dataDir);
      cleanup.push(dirname(real));
      expect(real.startsWith(closed)).toBe(false);

      // A second start by the same path adopts the running server instead of starting another.
      const second = await startPostgres({ dataDir, port, log, durable: false });
      expect(second.reused).toBe(true);
      await first.stop();
      expect(await stopPostgresAt(dataDir)).toBe(false);

      // Starting again from the asked path reuses the relocated cluster rather than making one.
      lines.length = 0;
      const third = await startPostgres({ dataDir, port, log, durable: false });
      expect(third.reused).toBe(false);
      expect(lines.some((l) => l.includes('initializing a new PostgreSQL cluster'))).toBe(false);
      await third.stop();
    },
  );
});
