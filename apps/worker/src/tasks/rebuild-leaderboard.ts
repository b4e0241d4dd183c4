import { rebuildLeaderboard } from '@overlord/core/leaderboard';
import { rebuildLeaderboardJob } from '@overlord/jobs';

import { defineTask } from './define.ts';

/**
 * Periodic: rebuilds the Redis leaderboard mirror from users.loyalty_score. Verdicts keep the
 * mirror current one citizen at a time; this repairs what a Redis outage or a flush lost.
 */
export const rebuildLeaderboardTask = defineTask(
  rebuildLeaderboardJob,
  async (_payload, helpers, deps) => {
    const citizens = await rebuildLeaderboard(deps.db, deps.redis);
    helpers.logger.info(`rebuild-leaderboard: ${citizens} citizens mirrored`);
  },
);
