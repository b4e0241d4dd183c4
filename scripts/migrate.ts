// Applies the database migrations: the app schema (prisma/migrations, the project's runner,
// byte-compatible with `prisma migrate deploy`) and graphile-worker's schema. The same command
// runs locally, in CI and on Render (the api's preDeployCommand, `npm run db:migrate:deploy`):
// it exits non-zero when a migration fails, which fails the deploy before any new instance starts.
// Each migration runs in one transaction, so a failed one leaves neither schema changes nor a
// `_prisma_migrations` row behind: the next deploy retries it.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { migrate } from '@overlord/db/migrate';
import { runJobMigrations } from '@overlord/jobs';

const { values } = parseArgs({
  options: {
    'jobs-only': { type: 'boolean', default: false },
    // Another migrations folder (tests use one with a deliberately failing migration).
    'migrations-dir': { type: 'string' },
  },
});
// Migrations hold a session-level advisory lock, so they need a direct connection: when the api's
// DATABASE_URL points at a transaction-mode pooler, DATABASE_DIRECT_URL is the database itself.
const url = process.env.DATABASE_DIRECT_URL || process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL (or DATABASE_DIRECT_URL) is required.');
  process.exit(1);
}

if (!values['jobs-only']) {
  const dir = values['migrations-dir'];
  const { applied, alreadyApplied } = await migrate(url, dir ? resolve(dir) : undefined);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
      : `Database schema is up to date (${alreadyApplied} migration(s)).`,
  );
}
await runJobMigrations(url);
console.log('Job queue schema is up to date.');
