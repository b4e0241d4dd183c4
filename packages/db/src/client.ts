import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

import { PrismaClient } from './generated/prisma/client.ts';

export type Db = PrismaClient;

export interface DbOptions {
  url: string;
  /** Pool size per process; Render's small Postgres plans allow ~100 connections in total. */
  maxConnections?: number;
}

const pools = new WeakMap<Db, pg.Pool>();

/** The one way every process gets a Prisma client: the pg driver adapter, no native engine. */
export function createDb({ url, maxConnections = 10 }: DbOptions): Db {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  // $disconnect() ends the pool, as it would one the adapter had made itself.
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(db, pool);
  return db;
}

/**
 * The client's own connection pool, for the few hot statements that are worth sending as named
 * prepared statements (parsed and planned once per connection, not on every call). Everything
 * else goes through Prisma.
 */
export function sqlPool(db: Db): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error('This Prisma client was not made by createDb.');
  return pool;
}
