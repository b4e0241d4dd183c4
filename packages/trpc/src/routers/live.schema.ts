import { z } from 'zod';

import { topicIdSchema } from './topics.schema.ts';

/** Redis stream id ("<ms>-<seq>"); the SSE event id a reconnecting client sends back. */
export const streamIdSchema = z.string().regex(/^\d+-\d+$/, 'That is not a live event identifier.');

export const topicLiveInput = z.object({
  topicId: topicIdSchema,
  /** Set by the client on reconnect (tracked events): resume after this event. */
  lastEventId: streamIdSchema.nullish(),
});

export const liveEventSchema = z.object({
  type: z.enum(['post.submitted', 'post.in_review', 'post.decided']),
  postId: z.string(),
  topicId: z.string(),
  status: z.enum(['pending', 'approved', 'rejected', 'calibrate']),
  at: z.string(),
});
