import 'server-only';

import { createDb, type Db } from '@overlord/db/client';
import { createRedis, type Redis } from '@overlord/redis';

import { env } from '~/env';

// Created on first use, never at import: `next build` imports route modules without a database.
let db: Db | undefined;
let redis: Redis | undefined;

export function getDb(): Db {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is required for sign-in.');
  db ??= createDb({ url: env.DATABASE_URL, maxConnections: 5 });
  return db;
}

/** Redis, connected (commands fail fast while it connects, so wait a moment for it). */
export async function getRedis(): Promise<Redis | null> {
  if (!env.REDIS_URL) return null;
  redis ??= createRedis(env.REDIS_URL, 'web');
  const client = redis;
  if (client.status !== 'ready') {
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        client.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, 2_000);
      client.once('ready', done);
    });
  }
  return client;
}
