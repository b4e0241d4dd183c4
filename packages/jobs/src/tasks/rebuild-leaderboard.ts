import { z } from 'zod';

import { BACKGROUND_PRIORITY, defineJob } from '../define.ts';

/**
 * Rebuild the Redis leaderboard mirror from the stored scores. Also added at worker start-up,
 * so a fresh or flushed Redis gets ranks at once.
 */
export const rebuildLeaderboardJob = defineJob({
  name: 'rebuild-leaderboard',
  payload: z.looseObject({}),
  key: () => 'rebuild-leaderboard',
  priority: BACKGROUND_PRIORITY,
  schedule: { pattern: '*/30 * * * *', maxAttempts: 1 },
});
