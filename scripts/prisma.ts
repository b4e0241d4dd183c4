// Runs the Prisma CLI for commands that work offline (generate, validate, studio, format).
// The CLI insists on locating a native schema engine before any command, and downloading one
// is impossible without internet; these commands never execute it, so any existing file will do.
// Migrations are applied by packages/db/src/migrate.ts instead (see docs/decisions.md).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
const result = spawnSync('npx', ['--no-install', 'prisma', ...args], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
