// The move from one opt-in flag to a choice per kind of dispatch (docs/product.md §13) keeps
// what existing citizens had: opted in means every kind, opted out means none. The migrations
// before it are applied, citizens of both kinds written with the old column, then the rest.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { migrate, readMigrations } from '@overlord/db/migrate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

const MIGRATION = '20261202154656_dispatch_kinds';
let bare: TestDatabase;

beforeAll(async () => {
  bare = await createTestDatabase({ migrated: false });
});
afterAll(async () => {
  await bare?.drop();
});

describe('dispatch kinds migration', () => {
  it('gives opted-in citizens every kind and opted-out citizens none', async () => {
    const all = await readMigrations();
    const index = all.findIndex((m) => m.name === MIGRATION);
    expect(index).toBeGreaterThan(0);
    const before = await mkdtemp(join(tmpdir(), 'migrations-before-'));
    for (const m of all.slice(0, index)) {
      await mkdir(join(before, m.name));
      await writeFile(join(before, m.name, 'migration.sql'), m.sql);
    }
    await migrate(bare.url, before);
    await bare.db.$executeRawUnsafe(
      `INSERT INTO users (id, username, notifications_opt_in, updated_at) VALUES
         ('01900000-0000-7000-8000-0000000000a1', 'listens_to_all', true, now()),
         ('01900000-0000-7000-8000-0000000000a2', 'wants_silence', false, now())`,
    );

    await migrate(bare.url);
    const rows = await bare.db.$queryRawUnsafe<{ username: string; kinds: string[] }[]>(
      `SELECT username, dispatch_kinds::text[] AS kinds FROM users ORDER BY username`,
    );
    expect(rows).toEqual([
      {
        username: 'listens_to_all',
        kinds: [
          'verdicts',
          'appeals_and_reports',
          'messages',
          'sanctions',
          'replies_and_mentions',
          'followed_topics',
        ],
      },
      { username: 'wants_silence', kinds: [] },
    ]);
    // A citizen created afterwards starts with every kind (the column's default).
    await bare.db.$executeRawUnsafe(
      `INSERT INTO users (id, username, updated_at)
         VALUES ('01900000-0000-7000-8000-0000000000a3', 'newcomer', now())`,
    );
    const [newcomer] = await bare.db.$queryRawUnsafe<{ kinds: string[] }[]>(
      `SELECT dispatch_kinds::text[] AS kinds FROM users WHERE username = 'newcomer'`,
    );
    expect(newcomer!.kinds).toHaveLength(6);
  });
});
