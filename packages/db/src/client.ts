import { PrismaPg } from '@prisma/adapter-pg';

import { PrismaClient } from './generated/prisma/client.ts';

export type Db = PrismaClient;

export interface DbOptions {
  url: string;
  /** Pool size per process; Render's small Postgres plans allow ~100 connections in total. */
  maxConnections?: number;
}

/** The one way every process gets a Prisma client: the pg driver adapter, no native engine. */
export function createDb({ url, maxConnections = 10 }: DbOptions): Db {
  const adapter = new PrismaPg({ connectionString: url, max: maxConnections });
  return new PrismaClient({ adapter });
}
