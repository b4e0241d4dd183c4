import { rebuildLeaderboard } from '@overlord/core/leaderboard';
import { parsePayload } from '@overlord/jobs';

import type { TaskFactory } from './types.ts';

/**
 * Periodic: rebuilds the Redis leaderboard mirror from users.loyalty_score. Verdicts keep the
 * mirror current one citizen at a time; this repairs what a Redis outage or a flush lost.
 */
export const rebuildLeaderboardTask: TaskFactory = (deps) => async (payload, helpers) => {
  parsePayload('rebuild-leaderboard', payload);
  const citizens = await rebuildLeaderboard(deps.db, deps.redis);
  helpers.logger.info(`rebuild-leaderboard: ${citizens} citizens mirrored`);
};
