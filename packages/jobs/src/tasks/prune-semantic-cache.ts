import { z } from 'zod';

import { defineJob } from '../define.ts';

/** Drops semantic-cache index rows whose answers Redis has already expired. */
export const pruneSemanticCacheJob = defineJob({
  name: 'prune-semantic-cache',
  payload: z.looseObject({}),
  key: () => 'prune-semantic-cache',
  schedule: { pattern: '17 * * * *', maxAttempts: 1 },
});
