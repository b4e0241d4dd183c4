// The production migration path: render.yaml's preDeployCommand (`npm run db:migrate:deploy`,
// the project's runner) against a real database. Render fails a deploy, before any new instance
// starts, exactly when that command exits non-zero; so a failing migration must exit non-zero
// and leave `_prisma_migrations` (and the schema) as it was.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { readMigrations } from '@overlord/db/migrate';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const realMigrations = path.join(root, 'prisma/migrations');

interface Row {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

/** The command Render runs before a deploy, read from render.yaml (both environments agree). */
function preDeployCommand(): string {
  const blueprint = parse(readFileSync(path.join(root, 'render.yaml'), 'utf8')) as {
    projects: { environments: { services: { preDeployCommand?: string }[] }[] }[];
  };
  const commands = new Set(
    blueprint.projects
      .flatMap((p) => p.environments)
      .flatMap((e) => e.services)
      .flatMap((s) => (s.preDeployCommand ? [s.preDeployCommand] : [])),
  );
  expect([...commands]).toEqual(['npm run db:migrate:deploy']);
  return [...commands][0]!;
}

function runPreDeploy(
  databaseUrl: string,
  migrationsDir?: string,
  extraEnv: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  const [cmd, ...args] = preDeployCommand().split(' ');
  if (migrationsDir) args.push('--', '--migrations-dir', migrationsDir);
  return new Promise((resolve) => {
    execFile(
      cmd!,
      args,
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: databaseUrl, ...extraEnv },
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: String(stdout) + String(stderr) });
      },
    );
  });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}
const ledger = (url: string) =>
  query<Row>(
    url,
    `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
       FROM "_prisma_migrations" ORDER BY migration_name`,
  );
const tableExists = async (url: string, table: string) =>
  (await query<{ t: string | null }>(url, `SELECT to_regclass('public.${table}')::text AS t`))[0]
    ?.t !== null;

let work: string;
const databases: TestDatabase[] = [];
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'overlord-migrate-'));
});
afterAll(async () => {
  for (const d of databases) await d.drop();
  rmSync(work, { recursive: true, force: true });
});

describe('pre-deploy migration (npm run db:migrate:deploy)', () => {
  it('migrates an empty database and records exactly what prisma migrate deploy would', async () => {
    const database = await createTestDatabase({ migrated: false });
    databases.push(database);
    // With the api's DATABASE_URL on a transaction-mode pooler, migrations take the direct URL.
    const r = await runPreDeploy('postgresql://nobody@127.0.0.1:9/not-the-database', undefined, {
      DATABASE_DIRECT_URL: database.url,
    });
    expect(r.code, r.output).toBe(0);
    const expected = await readMigrations();
    const rows = await ledger(database.url);
    expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(
      expected.map((m) => [m.name, m.checksum]),
    );
    for (const row of rows) {
      expect(row.finished_at, row.migration_name).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    // graphile-worker's schema too: the worker starts right after.
    expect(
      (
        await query<{ n: string }>(
          database.url,
          `SELECT to_regnamespace('graphile_worker')::text AS n`,
        )
      )[0]?.n,
    ).toBe('graphile_worker');
  }, 180_000);

  it('exits non-zero on a failing migration and leaves the ledger and schema as they were', async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const before = await ledger(database.url);
    expect(before.length).toBeGreaterThan(0);

    const dir = path.join(work, 'migrations');
    cpSync(realMigrations, dir, { recursive: true });
    const broken = path.join(dir, '99990101000000_deploy_probe');
    mkdirSync(broken);
    // The first statement succeeds, the second fails: nothing of it may remain.
    writeFileSync(
      path.join(broken, 'migration.sql'),
      'CREATE TABLE "deploy_probe" (id integer);\nSELECT "no_such_function"();\n',
    );
    const failed = await runPreDeploy(database.url, dir);
    expect(failed.code, failed.output).not.toBe(0);
    expect(failed.output).toMatch(/Migration 99990101000000_deploy_probe failed/);
    expect(await ledger(database.url)).toEqual(before);
    expect(await tableExists(database.url, 'deploy_probe')).toBe(false);

    // Fixed, the next deploy applies it and records it like Prisma (same checksum scheme).
    const fixed = 'CREATE TABLE "deploy_probe" (id integer);\n';
    writeFileSync(path.join(broken, 'migration.sql'), fixed);
    const ok = await runPreDeploy(database.url, dir);
    expect(ok.code, ok.output).toBe(0);
    const after = await ledger(database.url);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      migration_name: '99990101000000_deploy_probe',
      checksum: createHash('sha256').update(fixed).digest('hex'),
      rolled_back_at: null,
      applied_steps_count: 1,
    });
    expect(await tableExists(database.url, 'deploy_probe')).toBe(true);
  }, 180_000);
});
