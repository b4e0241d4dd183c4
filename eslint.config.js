import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '.local/**',
      'packages/db/src/generated/**',
      'apps/web/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    // Type-aware rules read each file's own tsconfig (the workspace's, or the root one for
    // scripts, tests and bench).
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  prettier,
  {
    rules: {
      // `async` without `await` is how a synchronous implementation keeps a Promise-returning
      // interface (the offline judge, test stand-ins) and turns a throw into a rejection, which
      // callers rely on; dropping `async` to please the rule would change that.
      '@typescript-eslint/require-await': 'off',
      // React ignores what an event handler returns; async handlers catch their own errors.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Configuration is read once, validated, in each app's env module.
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration from the app env module.',
        },
      ],
    },
  },
  {
    files: [
      '**/env.ts',
      'scripts/**',
      'tests/**',
      'bench/**',
      '**/*.config.ts',
      '**/test/**',
      'prisma.config.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  // Import boundaries. Anything in the web app outside its server-only modules can end up in
  // the browser bundle, so it reaches the api through tRPC and shares input rules through
  // @overlord/validators; core, the database and Redis stay on the server.
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: [
      'apps/web/src/server/**',
      'apps/web/src/trpc/server.ts',
      'apps/web/src/app/**/route.ts',
      'apps/web/src/proxy.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // @overlord/redis/url is allowed: connection strings only, no client; the web's
              // env validates them.
              regex: '^@overlord/(core|db|redis(?!/url$))(/|$)|(^|/)packages/(core|db|redis)/',
              message:
                'Browser-bundled web code stays off the server packages: call the api through tRPC, share input rules through @overlord/validators, or move this into apps/web/src/server/.',
            },
            {
              // The router's type is what the client needs; its value pulls in core.
              group: ['@overlord/trpc'],
              allowTypeImports: true,
              message: 'Import only types from @overlord/trpc in browser-bundled web code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@overlord/trpc', '@overlord/trpc/*', '**/packages/trpc/**'],
              message:
                'Core is the domain under the api: it must not depend on the tRPC layer (see docs/decisions.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/validators/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@overlord/*', 'node:*', '@prisma/*'],
              message: '@overlord/validators is loaded in the browser: zod only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', '**/test/**', 'bench/**', 'scripts/**'],
    rules: {
      // Stand-ins and helpers return object literals whose methods never use `this`.
      '@typescript-eslint/unbound-method': 'off',
      // Failure and log output prints whatever value it is given, `[object Object]` included.
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      // A test hands on whatever the client rejected with, Error or not.
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },
  {
    // vitest types asymmetric matchers (`expect.any(Number)`) as `any`, and callbacks given to
    // Playwright's `evaluate` run in the page, with DOM types the Node project does not load.
    // Prisma's schema-engine wasm module (scripts/db-diff.ts) ships no types at all.
    files: ['tests/**', '**/test/**', 'scripts/db-diff.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript (this file) belongs to no TypeScript project, so it gets no type-aware
    // rules; last, so no block above turns one back on.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
