import { createEnv } from '@t3-oss/env-core';
import { z } from 'zod';

/** Environment of the database command-line tools (migrate, seed). */
export const env = createEnv({
  server: { DATABASE_URL: z.url() },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
