import { z } from 'zod';

export const queueOverviewOutput = z.object({
  generatedAt: z.date(),
  windowMs: z.number().int(),
  queues: z.array(
    z.object({
      kind: z.enum(['topics', 'posts', 'messages']),
      key: z.string(),
      label: z.string(),
      length: z.number().int(),
      inReview: z.number().int(),
      decidedRecently: z.number().int(),
      oldestSubmittedAt: z.date().nullable(),
      /** The Overlord's commentary on the item at the head of the tube (null: empty). */
      headCommentary: z.string().nullable(),
    }),
  ),
  inTransit: z.array(
    z.object({
      kind: z.enum(['topic', 'post', 'message']),
      id: z.string(),
      queueKey: z.string(),
      position: z.number().int(),
      reviewState: z.enum(['waiting', 'in_review']),
      submittedAt: z.date(),
      preview: z.string().nullable(),
      /** A revision of an approved statement, queued in its topic (docs/product.md §17). */
      revision: z.boolean(),
    }),
  ),
});
