import { pruneSemanticCache } from '@overlord/core';
import { pruneSemanticCacheJob } from '@overlord/jobs';

import { defineTask } from './define.ts';

/** Hourly: drops semantic-cache index rows whose answers Redis has already expired. */
export const pruneSemanticCacheTask = defineTask(
  pruneSemanticCacheJob,
  async (_payload, helpers, deps) => {
    const removed = await pruneSemanticCache(deps.db);
    if (removed) helpers.logger.info(`prune-semantic-cache: removed ${removed} expired entries`);
  },
);
