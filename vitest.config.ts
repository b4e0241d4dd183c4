import { defineConfig } from 'vitest/config';

// Three lanes. Unit files (`*.unit.test.ts`) are pure logic: no database, Redis, network or
// browser, so they have no global setup and run first (`npm run test:unit`, and first in
// `npm test`). Integration files get real PostgreSQL and Redis from the global setup, two at a
// time (2 cores), each on its own database. Browser suites share fixed ports (the web bundle is
// built against one api origin), so they run one file at a time, after everything else.
const unitFiles = '**/*.unit.test.ts';
const browserFiles = 'tests/browser/**/*.test.ts';
const services = ['tests/setup/global.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [unitFiles],
          exclude: ['**/node_modules/**', '**/.next/**', '.local/**'],
          testTimeout: 10_000,
          // Pure modules: one module graph shared by every file instead of a fresh one per file
          // (the judge's lexicons and the AI SDK cost seconds to import each time).
          pool: 'threads',
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          globalSetup: services,
          include: [
            'packages/*/test/**/*.test.ts',
            'apps/*/test/**/*.test.ts',
            'tests/**/*.test.ts',
          ],
          exclude: [browserFiles, unitFiles],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          globalSetup: services,
          include: [browserFiles],
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
