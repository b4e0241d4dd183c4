import { z } from 'zod';

import { BACKGROUND_PRIORITY, defineJob } from '../define.ts';

/**
 * Award badges from verdict history: citizens with a verdict in the last `sinceMinutes`, or
 * everyone when absent. The two kinds of run have their own keys, so a minutely run never
 * replaces the full one added at worker start-up.
 */
export const awardBadgesJob = defineJob({
  name: 'award-badges',
  payload: z.object({ sinceMinutes: z.number().int().positive().max(10_080).optional() }),
  key: ({ sinceMinutes }) => (sinceMinutes === undefined ? 'award-badges' : 'award-badges-recent'),
  priority: BACKGROUND_PRIORITY,
  // Minutely for citizens judged in the last 10 minutes (missed runs are covered).
  schedule: { pattern: '* * * * *', payload: { sinceMinutes: 10 }, maxAttempts: 1 },
});
