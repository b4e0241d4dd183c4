import { type Db, pendingMigrations, readMigrations } from '@overlord/db';
import { pingRedis, type Redis } from '@overlord/redis';

export interface ReadinessReport {
  ready: boolean;
  /** Public: states only, no error texts or migration names. */
  checks: {
    database: 'ok' | 'unreachable';
    redis: 'ok' | 'unreachable';
    migrations: 'ok' | 'pending' | 'unknown';
  };
  /** For logs and operators (METRICS_TOKEN): the database error and pending migrations. */
  details: { database: string; pendingMigrations: string[] };
}

/** Readiness: Postgres and Redis reachable and every migration on disk applied. */
export function createReadinessCheck(db: Db, redis: Redis) {
  const expected = readMigrations().then((ms) => ms.map((m) => m.name));
  return async function check(): Promise<ReadinessReport> {
    const [database, redisOk, pending] = await Promise.all([
      db.$queryRaw`SELECT 1`.then(
        () => 'ok',
        (e: Error) => `unreachable: ${e.message.split('\n')[0]}`,
      ),
      pingRedis(redis),
      expected.then((names) =>
        pendingMigrations((sql) => db.$queryRawUnsafe<{ migration_name: string }[]>(sql), names),
      ),
    ]);
    const checks: ReadinessReport['checks'] = {
      database: database === 'ok' ? 'ok' : 'unreachable',
      redis: redisOk ? 'ok' : 'unreachable',
      migrations: database !== 'ok' ? 'unknown' : pending.length ? 'pending' : 'ok',
    };
    return {
      ready: Object.values(checks).every((v) => v === 'ok'),
      checks,
      details: { database, pendingMigrations: database === 'ok' ? pending : [] },
    };
  };
}
