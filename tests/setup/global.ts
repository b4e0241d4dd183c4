// Vitest global setup: real PostgreSQL (with pgvector) and Redis for the whole run, and a
// migrated template database that each test file clones (CREATE DATABASE … TEMPLATE), so
// every file gets a fresh database in milliseconds.
// In CI with service containers, TEST_DATABASE_URL / TEST_REDIS_URL point at them instead.
import { join, resolve } from 'node:path';

import { migrate } from '@overlord/db/migrate';
import { runJobMigrations } from '@overlord/jobs';
import type { TestProject } from 'vitest/node';

import {
  dropDatabase,
  ensureDatabase,
  startPostgres,
  startRedis,
} from '../../scripts/stack/index.ts';
import '../helpers/provided.ts';
import { TEST_PG_PORT, TEST_REDIS_PORT, TEST_STACK_DIR } from './ports.ts';

const root = resolve(import.meta.dirname, '../..');

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const log = (line: string) => {
    if (process.env.TEST_VERBOSE) console.log(line);
  };
  const stops: (() => Promise<void>)[] = [];

  let pgAdminUrl = process.env.TEST_DATABASE_URL;
  if (!pgAdminUrl) {
    const pg = await startPostgres({
      dataDir: join(root, TEST_STACK_DIR, 'postgres'),
      port: TEST_PG_PORT,
      log,
      durable: false,
    });
    stops.push(() => pg.stop());
    pgAdminUrl = pg.adminUrl;
  }
  let redisUrl = process.env.TEST_REDIS_URL;
  if (!redisUrl) {
    const redis = await startRedis({
      dataDir: join(root, TEST_STACK_DIR, 'redis'),
      port: TEST_REDIS_PORT,
      log,
      persistent: false,
    });
    stops.push(() => redis.stop());
    redisUrl = redis.url;
  }

  const templateDb = `overlord_template_${process.pid}`;
  await dropDatabase(pgAdminUrl, templateDb);
  await ensureDatabase(pgAdminUrl, templateDb);
  const templateUrl = withDatabase(pgAdminUrl, templateDb);
  await migrate(templateUrl);
  await runJobMigrations(templateUrl);

  project.provide('pgAdminUrl', pgAdminUrl);
  project.provide('templateDb', templateDb);
  project.provide('redisUrl', redisUrl);

  return async () => {
    await dropDatabase(pgAdminUrl, templateDb).catch(() => {});
    for (const stop of stops.reverse()) await stop();
  };
}
