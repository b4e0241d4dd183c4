import { z } from 'zod';

import { defineJob } from '../define.ts';

/** Re-queues review queues that lost their job; also added at worker start-up. */
export const recoverPendingJob = defineJob({
  name: 'recover-pending',
  payload: z.looseObject({}),
  key: () => 'recover-pending',
  schedule: { pattern: '*/5 * * * *', maxAttempts: 3 },
});
