import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/database.ts';
import { migrate, readMigrations } from '../src/migrate.ts';
import { seed, seedPosts, seedTopics, seedUsers } from '../src/seed.ts';

let bare: TestDatabase;

beforeAll(async () => {
  bare = await createTestDatabase({ migrated: false });
});
afterAll(async () => {
  await bare?.drop();
});

describe('offline migration runner', () => {
  it('applies every migration once, recording them like prisma migrate deploy', async () => {
    const first = await migrate(bare.url);
    const names = (await readMigrations()).map((m) => m.name);
    expect(first.applied).toEqual(names);
    const second = await migrate(bare.url);
    expect(second).toEqual({ applied: [], alreadyApplied: names.length });

    const rows = await bare.db.$queryRaw<
      { migration_name: string; checksum: string; applied_steps_count: number }[]
    >`
      SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`;
    const files = await readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(rows.map((r) => r.checksum)).toEqual(
      files.map((f) => createHash('sha256').update(f.sql).digest('hex')),
    );
  });

  it('creates the vector and citext extensions and the HNSW index', async () => {
    const ext = await bare.db.$queryRaw<
      { extname: string }[]
    >`SELECT extname FROM pg_extension ORDER BY 1`;
    expect(ext.map((e) => e.extname)).toEqual(expect.arrayContaining(['citext', 'vector']));
    const idx = await bare.db.$queryRaw<{ indexdef: string }[]>`
      SELECT indexdef FROM pg_indexes WHERE indexname = 'content_embeddings_embedding_hnsw_idx'`;
    expect(idx[0]?.indexdef).toMatch(/USING hnsw/);
  });

  it('refuses a migration edited after it was applied', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'migrations-'));
    const [init] = await readMigrations();
    await mkdir(join(dir, init!.name));
    await writeFile(join(dir, init!.name, 'migration.sql'), `${init!.sql}\n-- edited`);
    await expect(migrate(bare.url, dir)).rejects.toThrow(/edited after it was applied/);
  });

  it('rolls back a failing migration completely', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'migrations-'));
    for (const m of await readMigrations()) {
      await mkdir(join(dir, m.name));
      await writeFile(join(dir, m.name, 'migration.sql'), m.sql);
    }
    await mkdir(join(dir, '99999999999999_broken'));
    await writeFile(
      join(dir, '99999999999999_broken', 'migration.sql'),
      'CREATE TABLE half_done (id int);\nSELECT no_such_function();',
    );
    await expect(migrate(bare.url, dir)).rejects.toThrow(/99999999999999_broken failed/);
    const tables = await bare.db.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM pg_tables WHERE tablename = 'half_done'`;
    expect(Number(tables[0]!.n)).toBe(0);
  });
});

describe('seed', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('is idempotent and keeps loyalty equal to the sum of events', async () => {
    await seed(db.db);
    await seed(db.db);
    expect(await db.db.user.count()).toBe(seedUsers.length);
    expect(await db.db.topic.count()).toBe(seedTopics.length);
    expect(await db.db.post.count()).toBe(seedPosts.length);
    const statuses = new Set(
      (await db.db.post.findMany({ select: { status: true } })).map((p) => p.status),
    );
    expect([...statuses].sort()).toEqual(['approved', 'calibrate', 'pending', 'rejected']);
    const roles = new Set(
      (await db.db.user.findMany({ select: { role: true } })).map((u) => u.role),
    );
    expect([...roles].sort()).toEqual(['admin', 'citizen', 'moderator', 'superadmin']);
    const mismatches = await db.db.$queryRaw<{ id: string }[]>`
      SELECT u.id FROM users u LEFT JOIN moderation_events e ON e.user_id = u.id
      GROUP BY u.id HAVING u.loyalty_score <> COALESCE(sum(e.delta), 0)`;
    expect(mismatches).toEqual([]);
  });

  it('stores usernames and emails case-insensitively (citext)', async () => {
    const user = await db.db.user.findUnique({
      where: { username: 'CITIZEN_VERA' },
      select: { email: true },
    });
    expect(user?.email).toBe('vera@example.com');
    await expect(
      db.db.user.create({ data: { username: 'Citizen_Vera', email: 'other@example.com' } }),
    ).rejects.toThrow();
  });
});
