import { z } from 'zod';

import { BACKGROUND_PRIORITY, defineJob } from '../define.ts';

/**
 * Erase the personal data of closed accounts. Closing an account adds it at once, at
 * normal priority; the hourly sweep catches any the job missed.
 */
export const eraseAccountsJob = defineJob({
  name: 'erase-accounts',
  payload: z.looseObject({}),
  key: () => 'erase-accounts',
  schedule: { pattern: '41 * * * *', maxAttempts: 3, priority: BACKGROUND_PRIORITY },
});
