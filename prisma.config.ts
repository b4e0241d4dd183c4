// Prisma CLI configuration (generate, studio, migrate deploy on Render).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    // Only `generate` runs without a database; every other command needs DATABASE_URL.
    url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/overlord',
  },
});
