// The task list: one task per job definition in the registry (the type checks that none is
// missing), each bound to the process's dependencies at start-up.
import { type Deps, defaultReviewPolicy, type ReviewPolicy } from '@overlord/core';
import type { JobName } from '@overlord/jobs';
import type { Task, TaskList } from 'graphile-worker';

import { applyRetentionTask } from './apply-retention.ts';
import { awardBadgesTask } from './award-badges.ts';
import type { TaskContext } from './define.ts';
import { embedContentTask } from './embed-content.ts';
import { eraseAccountsTask } from './erase-accounts.ts';
import { notifyFollowersTask } from './notify-followers.ts';
import { pruneSemanticCacheTask } from './prune-semantic-cache.ts';
import { rebuildLeaderboardTask } from './rebuild-leaderboard.ts';
import { recoverPendingTask } from './recover-pending.ts';
import { reembedContentTask } from './reembed-content.ts';
import { evaluateMessagesTask, evaluatePostsTask, evaluateTopicsTask } from './review-queues.ts';

type TaskOf<N extends JobName> = ((context: TaskContext) => Task) & { job: { name: N } };

const tasks: { [N in JobName]: TaskOf<N> } = {
  'evaluate-posts': evaluatePostsTask,
  'evaluate-topics': evaluateTopicsTask,
  'evaluate-messages': evaluateMessagesTask,
  'recover-pending': recoverPendingTask,
  'embed-content': embedContentTask,
  'reembed-content': reembedContentTask,
  'prune-semantic-cache': pruneSemanticCacheTask,
  'rebuild-leaderboard': rebuildLeaderboardTask,
  'award-badges': awardBadgesTask,
  'erase-accounts': eraseAccountsTask,
  'apply-retention': applyRetentionTask,
  'notify-followers': notifyFollowersTask,
};

export function createTaskList(deps: Deps, policy: ReviewPolicy = defaultReviewPolicy): TaskList {
  const context: TaskContext = { ...deps, reviewPolicy: policy };
  return Object.fromEntries(Object.values(tasks).map((task) => [task.job.name, task(context)]));
}
