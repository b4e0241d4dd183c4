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
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
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
);
