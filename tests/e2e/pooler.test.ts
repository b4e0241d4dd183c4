// The api behind a transaction-mode pooler (PgBouncer), as README's "Database connections"
// describes for production: every api query goes through PgBouncer, the worker and the
// migrations keep a direct connection. Procedures are called over real HTTP with the typed
// client; PgBouncer's own counters prove the traffic went through it.
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

import { createDb, type Db, stableId } from '@overlord/db';
import { seed } from '@overlord/db/seed';
import { createWorker, type Worker } from '@overlord/worker/runner';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type PgbouncerServer, startPgbouncer } from '../../scripts/stack/index.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { type SignedIn, startTestStack, type TestStack, waitFor } from '../helpers/stack.ts';
import { TEST_STACK_DIR } from '../setup/ports.ts';

const nuclear = stableId('topic:nuclear');
let database: TestDatabase;
let bouncer: PgbouncerServer;
let pooledDb: Db;
let stack: TestStack;
let worker: Worker;
let vera: SignedIn;
const bouncerDir = join(
  resolve(import.meta.dirname, '../..'),
  TEST_STACK_DIR,
  `pgbouncer-${process.pid}`,
);

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** PgBouncer's admin console (simple query protocol only): transactions served per database. */
async function pooledTransactions(): Promise<number> {
  const admin = new pg.Client({ connectionString: bouncer.urlFor('pgbouncer') });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ database: string; total_xact_count: string }>(
      'SHOW STATS',
    );
    return Number(rows.find((r) => r.database === database.name)?.total_xact_count ?? 0);
  } finally {
    await admin.end();
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database.db);
  bouncer = await startPgbouncer({
    dataDir: bouncerDir,
    port: await freePort(),
    upstreamUrl: database.url,
    // Fewer server connections than the api's pool: transactions must share them.
    poolSize: 3,
    log: () => {},
  });
  pooledDb = createDb({ url: bouncer.urlFor(database.name), maxConnections: 10 });
  // The api gets only the pooled client; the worker below keeps its direct connection.
  stack = await startTestStack({ db: pooledDb, databaseUrl: database.url, worker: false });
  worker = createWorker({
    env: {
      DATABASE_URL: database.url,
      WORKER_CONCURRENCY: 2,
      WORKER_POLL_INTERVAL_MS: 50,
      WORKER_HEALTH_PORT: 0,
    },
    deps: { ...stack.deps, db: database.db },
    log: pino({ level: 'silent' }),
    withCrontab: false,
  });
  await worker.start();
  vera = await stack.signIn('citizen_vera');
});

afterAll(async () => {
  await worker?.stop();
  await stack?.stop();
  await pooledDb?.$disconnect();
  await bouncer?.stop();
  await database?.drop();
  rmSync(bouncerDir, { recursive: true, force: true });
});

describe('api behind PgBouncer in transaction mode', () => {
  it('answers readiness and queries through the pooler', async () => {
    const before = await pooledTransactions();
    const ready = await fetch(`${stack.apiUrl}/readyz`);
    expect(ready.status).toBe(200);
    const anonymous = stack.client();
    const { items } = await anonymous.topics.list.query({ limit: 5 });
    expect(items.length).toBeGreaterThan(0);
    const topic = await anonymous.topics.get.query({ id: nuclear });
    expect(topic.id).toBe(nuclear);
    expect(await pooledTransactions()).toBeGreaterThan(before);
  });

  it('runs mutations with transactions and advisory locks, many at once', async () => {
    const before = await pooledTransactions();
    // More concurrent submissions than server connections: each transaction (advisory lock,
    // stamp, insert, enqueue) must complete on whichever connection PgBouncer lends it.
    const bodies = Array.from(
      { length: 6 },
      (_, i) =>
        `Replacing coal with nuclear power cuts carbon emissions because reactors burn no fossil fuel (${i}), and modern plants have a strong safety record according to the IAEA.`,
    );
    const submitted = await Promise.all(
      bodies.map((body) => vera.client.posts.submit.mutate({ topicId: nuclear, body })),
    );
    expect(new Set(submitted.map((s) => s.id)).size).toBe(6);
    // Queue order equals submission stamps (the advisory lock held across the transaction).
    const rows = await database.db.post.findMany({
      where: { id: { in: submitted.map((s) => s.id) } },
      select: { submittedAt: true },
      orderBy: { submittedAt: 'asc' },
    });
    expect(rows).toHaveLength(6);
    // The worker, on its direct connection, judges them; the status reads go through the pooler.
    for (const { id } of submitted) {
      const status = await waitFor(async () => {
        const s = await vera.client.posts.status.query({ id });
        return s.status !== 'pending' && s;
      }, 30_000);
      expect(status.status).toBe('approved');
    }
    expect(await pooledTransactions()).toBeGreaterThan(before + 6);
  }, 60_000);

  it('refuses bad input with a typed error through the pooler too', async () => {
    await expect(
      vera.client.posts.submit.mutate({ topicId: 'not-a-uuid', body: 'x' }),
    ).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' } });
  });
});
