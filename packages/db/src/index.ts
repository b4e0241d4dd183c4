export { createDb, type Db, type DbOptions, sqlPool } from './client.ts';
export { stableId } from './ids.ts';
export { defaultMigrationsDir, pendingMigrations, readMigrations } from './migrate.ts';
export * from './generated/prisma/client.ts';
