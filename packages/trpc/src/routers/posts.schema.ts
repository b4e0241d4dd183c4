import { bodySchema } from '@overlord/core';
import { z } from 'zod';

import { topicIdSchema } from './topics.schema.ts';

export const postIdSchema = z.uuid('That is not a post identifier.');

/** The compose form validates with this same schema before sending. */
export const submitPostInput = z.object({
  topicId: topicIdSchema,
  parentId: postIdSchema.nullish(),
  body: bodySchema,
  /**
   * The author's own calibrated post this one improves on (docs/product.md §5: calibrate →
   * resubmit).
   */
  resubmissionOf: postIdSchema.nullish(),
});

export const submitPostOutput = z.object({
  id: z.string(),
  status: z.enum(['pending', 'rejected']),
  submittedAt: z.date(),
  feedback: z.string().nullable(),
  rejectionReason: z.enum(['terms_violation']).nullable(),
});

export const listTopicPostsInput = z.object({
  topicId: topicIdSchema,
  limit: z.number().int().min(1).max(200).default(100),
  cursor: postIdSchema.nullish(),
});

export const publicPostOutput = z.object({
  id: z.string(),
  topicId: z.string(),
  parentId: z.string().nullable(),
  body: z.string(),
  status: z.enum(['pending', 'approved']),
  inEvaluation: z.boolean(),
  reviewState: z.enum(['waiting', 'in_review', 'decided']),
  author: z.object({ username: z.string() }),
  submittedAt: z.date(),
  decidedAt: z.date().nullable(),
  feedback: z.string().nullable(),
  commentary: z.string().nullable(),
  tags: z.array(z.string()),
});

export const listTopicPostsOutput = z.object({
  items: z.array(publicPostOutput),
  nextCursor: z.string().nullable(),
});

export const postStatusInput = z.object({ id: postIdSchema });

export const postStatusOutput = z.object({
  id: z.string(),
  topicId: z.string(),
  /** The statement itself: what a calibrated author revises. */
  body: z.string(),
  status: z.enum(['pending', 'approved', 'rejected', 'calibrate']),
  reviewState: z.enum(['waiting', 'in_review', 'decided']),
  position: z.number().int().nullable(),
  queueLength: z.number().int().nullable(),
  /** Estimated seconds to the verdict, from recent processing (null: decided, or no basis). */
  etaSeconds: z.number().nullable(),
  submittedAt: z.date(),
  decidedAt: z.date().nullable(),
  feedback: z.string().nullable(),
  commentary: z.string().nullable(),
  rejectionReason: z.enum(['poor_logic', 'poor_tone', 'off_topic', 'terms_violation']).nullable(),
});
