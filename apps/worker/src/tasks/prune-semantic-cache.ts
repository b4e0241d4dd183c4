import { pruneSemanticCache } from '@overlord/core';
import { parsePayload } from '@overlord/jobs';

import type { TaskFactory } from './types.ts';

/** Hourly: drops semantic-cache index rows whose answers Redis has already expired. */
export const pruneSemanticCacheTask: TaskFactory = (deps) => async (payload, helpers) => {
  parsePayload('prune-semantic-cache', payload);
  const removed = await pruneSemanticCache(deps.db);
  if (removed) helpers.logger.info(`prune-semantic-cache: removed ${removed} expired entries`);
};
