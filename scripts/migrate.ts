// Applies the database migrations: the app schema (prisma/migrations, offline runner) and
// graphile-worker's schema. On Render the app schema is applied by `prisma migrate deploy`
// (it has the native engine) and this runs with --jobs-only right after it.
import { parseArgs } from 'node:util';

import { migrate } from '@overlord/db/migrate';
import { runJobMigrations } from '@overlord/jobs';

const { values } = parseArgs({ options: { 'jobs-only': { type: 'boolean', default: false } } });
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required.');
  process.exit(1);
}

if (!values['jobs-only']) {
  const { applied, alreadyApplied } = await migrate(url);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
      : `Database schema is up to date (${alreadyApplied} migration(s)).`,
  );
}
await runJobMigrations(url);
console.log('Job queue schema is up to date.');
