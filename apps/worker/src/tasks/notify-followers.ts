import { notifyFollowers } from '@overlord/core';
import { notifyFollowersJob } from '@overlord/jobs';

import { defineTask } from './define.ts';

/** Dispatches about one followed topic. Idempotent: a follower's hour is claimed in SQL. */
export const notifyFollowersTask = defineTask(notifyFollowersJob, async ({ topicId }, _h, deps) => {
  await notifyFollowers(deps, topicId);
});
