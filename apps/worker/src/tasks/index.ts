// Task id → implementation. The ids and payload schemas come from the shared job registry.
import type { Deps } from '@overlord/core';
import type { JobName } from '@overlord/jobs';
import type { TaskList } from 'graphile-worker';

import { applyRetentionTask, eraseAccountsTask } from './privacy.ts';
import { awardBadgesTask } from './award-badges.ts';
import { embedContentTask } from './embed-content.ts';
import { evaluateMessageTask } from './evaluate-message.ts';
import { evaluatePostTask } from './evaluate-post.ts';
import { evaluateTopicTask } from './evaluate-topic.ts';
import { pruneSemanticCacheTask } from './prune-semantic-cache.ts';
import { rebuildLeaderboardTask } from './rebuild-leaderboard.ts';
import { recoverPendingTask } from './recover-pending.ts';
import { reembedContentTask } from './reembed-content.ts';
import type { TaskFactory } from './types.ts';

const tasks: Partial<Record<JobName, TaskFactory>> = {
  'evaluate-post': evaluatePostTask,
  'evaluate-topic': evaluateTopicTask,
  'evaluate-message': evaluateMessageTask,
  'recover-pending': recoverPendingTask,
  'embed-content': embedContentTask,
  'reembed-content': reembedContentTask,
  'prune-semantic-cache': pruneSemanticCacheTask,
  'rebuild-leaderboard': rebuildLeaderboardTask,
  'award-badges': awardBadgesTask,
  'erase-accounts': eraseAccountsTask,
  'apply-retention': applyRetentionTask,
};

export function createTaskList(deps: Deps): TaskList {
  return Object.fromEntries(Object.entries(tasks).map(([name, factory]) => [name, factory!(deps)]));
}
