import { z } from 'zod';

import { BACKGROUND_PRIORITY, defineJob } from '../define.ts';

/**
 * Dispatches to the followers of one topic about its new approved statements, at most one per
 * follower and topic an hour (docs/product.md §21). Added by the verdict that approves a
 * statement in a followed topic (`replace`: run now), and by itself for followers still inside
 * their hour.
 */
export const notifyFollowersJob = defineJob({
  name: 'notify-followers',
  payload: z.object({ topicId: z.uuid() }),
  key: ({ topicId }) => `notify-followers:${topicId}`,
  priority: BACKGROUND_PRIORITY,
});
