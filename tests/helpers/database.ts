import { randomBytes } from 'node:crypto';

import { createDb, type Db } from '@overlord/db';
import pg from 'pg';
import { inject } from 'vitest';

import './provided.ts';

export interface TestDatabase {
  name: string;
  url: string;
  db: Db;
  drop(): Promise<void>;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database cloned from the run's template (milliseconds). */
export async function createTestDatabase(opts: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `overlord_test_${randomBytes(6).toString('hex')}`;
  const template = opts.migrated === false ? 'template0' : inject('templateDb');
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = withDatabase(inject('pgAdminUrl'), name);
  const db = createDb({ url, maxConnections: 5 });
  return {
    name,
    url,
    db,
    async drop() {
      await db.$disconnect();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** `count` approved system topics on one subject, for tests that spread posts over topics. */
export async function createApprovedTopics(db: Db, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let t = 0; t < count; t++) {
    const topic = await db.topic.create({
      data: {
        title: `Should nuclear power replace coal? (${t})`,
        description:
          'Cost, safety, waste and emissions of replacing coal plants with nuclear reactors.',
        status: 'approved',
        isSystem: true,
      },
      select: { id: true },
    });
    ids.push(topic.id);
  }
  return ids;
}
