import { awardBadges, type Deps, syncBadgeCatalogue } from '@overlord/core';
import { awardBadgesJob } from '@overlord/jobs';

import { defineTask } from './define.ts';

/**
 * Periodic: awards the badges citizens' verdicts have earned. Idempotent (an award exists once
 * per citizen and badge), so overlapping windows and re-runs are harmless.
 */
export const awardBadgesTask = defineTask(
  awardBadgesJob,
  async ({ sinceMinutes }, helpers, deps: Pick<Deps, 'db'>) => {
    await syncBadgeCatalogue(deps.db);
    const since = sinceMinutes ? new Date(Date.now() - sinceMinutes * 60_000) : undefined;
    const awards = await awardBadges(deps.db, { since });
    if (awards.length > 0) {
      helpers.logger.info(
        `award-badges: ${awards.length} new: ${awards.map((a) => a.slug).join(', ')}`,
      );
    }
  },
);
