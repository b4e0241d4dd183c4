import { defineConfig } from 'vitest/config';

// Browser suites share fixed ports (the web bundle is built against one api origin), so they run
// one file at a time, after everything else; all other files run two at a time (2 cores), each
// on its own database.
const browserFiles = 'tests/browser/**/*.test.ts';

export default defineConfig({
  test: {
    globalSetup: ['tests/setup/global.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'integration',
          include: [
            'packages/*/test/**/*.test.ts',
            'apps/*/test/**/*.test.ts',
            'tests/**/*.test.ts',
          ],
          exclude: [browserFiles],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: [browserFiles],
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
