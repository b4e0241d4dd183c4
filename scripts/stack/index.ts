// Public API of the local stack, for scripts/dev.ts and scripts/test.ts.
export { ensureSystemDeps, chromiumPath, postgresBinDir } from './system.ts';
export {
  startPostgres,
  stopPostgresAt,
  ensureDatabase,
  dropDatabase,
  postgresUrl,
  PG_SUPERUSER,
  type PostgresOptions,
  type PostgresServer,
} from './postgres.ts';
export { startRedis, stopRedisAt, type RedisOptions, type RedisServer } from './redis.ts';
export { startPgbouncer, type PgbouncerServer } from './pgbouncer.ts';
export { isPortFree, waitForPort, canConnect } from './ports.ts';
export type { Log } from './process.ts';
