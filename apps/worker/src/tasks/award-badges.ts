import { type Deps, runBadgeAwards } from '@overlord/core';
import { awardBadgesJob } from '@overlord/jobs';

import { defineTask } from './define.ts';

/**
 * Periodic: awards the badges citizens' verdicts have earned, with the thresholds in force (a
 * run-time setting; a change makes the next run check every citizen). Idempotent (an award
 * exists once per citizen and badge), so overlapping windows and re-runs are harmless.
 */
export const awardBadgesTask = defineTask(
  awardBadgesJob,
  async ({ sinceMinutes }, helpers, deps: Pick<Deps, 'db' | 'redis'>) => {
    const since = sinceMinutes ? new Date(Date.now() - sinceMinutes * 60_000) : undefined;
    const { awards, everyone } = await runBadgeAwards(deps, { since });
    if (awards.length > 0) {
      helpers.logger.info(
        `award-badges${everyone && since ? ' (thresholds changed: everyone checked)' : ''}: ${awards.length} new: ${awards.map((a) => a.slug).join(', ')}`,
      );
    }
  },
);
