// Task id → implementation. The ids and payload schemas come from the shared job registry.
import { type Deps, defaultReviewPolicy, type ReviewPolicy } from '@overlord/core';
import type { JobName } from '@overlord/jobs';
import type { TaskList } from 'graphile-worker';

import { applyRetentionTask, eraseAccountsTask } from './privacy.ts';
import { awardBadgesTask } from './award-badges.ts';
import { embedContentTask } from './embed-content.ts';
import { pruneSemanticCacheTask } from './prune-semantic-cache.ts';
import { rebuildLeaderboardTask } from './rebuild-leaderboard.ts';
import { recoverPendingTask } from './recover-pending.ts';
import { reembedContentTask } from './reembed-content.ts';
import { reviewQueueTask } from './review-queue.ts';
import type { TaskFactory } from './types.ts';

const tasks: Partial<Record<JobName, TaskFactory>> = {
  'recover-pending': recoverPendingTask,
  'embed-content': embedContentTask,
  'reembed-content': reembedContentTask,
  'prune-semantic-cache': pruneSemanticCacheTask,
  'rebuild-leaderboard': rebuildLeaderboardTask,
  'award-badges': awardBadgesTask,
  'erase-accounts': eraseAccountsTask,
  'apply-retention': applyRetentionTask,
};

export function createTaskList(deps: Deps, policy: ReviewPolicy = defaultReviewPolicy): TaskList {
  return {
    ...Object.fromEntries(Object.entries(tasks).map(([name, factory]) => [name, factory(deps)])),
    'evaluate-posts': reviewQueueTask(deps, 'post', policy),
    'evaluate-topics': reviewQueueTask(deps, 'topic', policy),
    'evaluate-messages': reviewQueueTask(deps, 'message', policy),
  };
}
