import { applyRetention, type Deps } from '@overlord/core';
import { applyRetentionJob } from '@overlord/jobs';

import { defineTask } from './define.ts';

/** Daily: applies the retention periods. */
export const applyRetentionTask = defineTask(
  applyRetentionJob,
  async (_payload, helpers, deps: Pick<Deps, 'db'>) => {
    const report = await applyRetention(deps.db);
    helpers.logger.info(`apply-retention: ${JSON.stringify(report)}`);
  },
);
