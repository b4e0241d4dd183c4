import { runMigrations } from 'graphile-worker';

/**
 * Installs or upgrades graphile-worker's own schema. Run with the app migrations (deploy step)
 * so the api can enqueue before any worker has started.
 */
export async function runJobMigrations(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: undefined });
}
