import { z } from 'zod';

import { defineJob } from '../define.ts';

/**
 * Judge the head of one topic's post queue, then re-queue (docs/decisions.md). One waiting job
 * per topic; a submission keeps the waiting job's time, the scheduler replaces it.
 */
export const evaluatePostsJob = defineJob({
  name: 'evaluate-posts',
  payload: z.object({ topicId: z.uuid() }),
  key: ({ topicId }) => `evaluate-posts:${topicId}`,
  keyMode: 'preserve_run_at',
});
