import { z } from 'zod';

import { defineJob } from '../define.ts';

/** Judge the head of one conversation's message queue, then re-queue. */
export const evaluateMessagesJob = defineJob({
  name: 'evaluate-messages',
  payload: z.object({ conversationId: z.uuid() }),
  key: ({ conversationId }) => `evaluate-messages:${conversationId}`,
  keyMode: 'preserve_run_at',
});
