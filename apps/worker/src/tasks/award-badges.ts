import { awardBadges, type Deps, syncBadgeCatalogue } from '@overlord/core';
import { parsePayload } from '@overlord/jobs';
import type { Task } from 'graphile-worker';

/**
 * Periodic: awards the badges citizens' verdicts have earned. Idempotent (an award exists once
 * per citizen and badge), so overlapping windows and re-runs are harmless.
 */
export const awardBadgesTask =
  (deps: Pick<Deps, 'db'>): Task =>
  async (payload, helpers) => {
    const { sinceMinutes } = parsePayload('award-badges', payload);
    await syncBadgeCatalogue(deps.db);
    const since = sinceMinutes ? new Date(Date.now() - sinceMinutes * 60_000) : undefined;
    const awards = await awardBadges(deps.db, { since });
    if (awards.length > 0) {
      helpers.logger.info(
        `award-badges: ${awards.length} new: ${awards.map((a) => a.slug).join(', ')}`,
      );
    }
  };
