import { z } from 'zod';

import { BACKGROUND_PRIORITY, defineJob } from '../define.ts';

/** Delete or strip what is past its retention period. */
export const applyRetentionJob = defineJob({
  name: 'apply-retention',
  payload: z.looseObject({}),
  key: () => 'apply-retention',
  priority: BACKGROUND_PRIORITY,
  schedule: { pattern: '23 3 * * *', maxAttempts: 3 },
});
