import { topicIdSchema } from '@overlord/validators';
import { z } from 'zod';

// The proposal form checks the same schema before sending.
export { createTopicInput, topicIdSchema } from '@overlord/validators';

const tagSlug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Tags are lowercase words joined by hyphens.')
  .max(40);

export const listTopicsInput = z
  .object({
    limit: z.number().int().min(1).max(50).default(20),
    cursor: topicIdSchema.nullish(),
    tag: tagSlug.optional(),
    q: z.string().trim().min(1).max(200).optional(),
    /** newest (default), most active (public statements in the last 7 days), latest statement. */
    sort: z.enum(['newest', 'active', 'latest']).default('newest'),
  })
  .prefault({});

export const topicSummaryOutput = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(['pending', 'approved']),
  inEvaluation: z.boolean(),
  isSystem: z.boolean(),
  author: z.object({ username: z.string() }).nullable(),
  tags: z.array(z.string()),
  submittedAt: z.date(),
  decidedAt: z.date().nullable(),
  commentary: z.string().nullable(),
  postCount: z.number().int(),
});

export const listTopicsOutput = z.object({
  items: z.array(topicSummaryOutput),
  nextCursor: z.string().nullable(),
});

export const getTopicInput = z.object({ id: topicIdSchema });

export const createTopicOutput = z.object({
  id: z.string(),
  status: z.enum(['pending', 'rejected']),
  submittedAt: z.date(),
  feedback: z.string().nullable(),
});

export const topicStatusInput = z.object({ id: topicIdSchema });

/** A topic proposal's status card: as a statement's (posts.status), in the global queue. */
export const topicStatusOutput = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(['pending', 'approved', 'rejected', 'calibrate', 'withdrawn']),
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
