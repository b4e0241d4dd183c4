import { bodySchema, postIdSchema, topicIdSchema } from '@overlord/validators';
import { z } from 'zod';

import { graveyardOutput } from './users.schema.ts';

// The compose form checks the same schema before sending.
export { postIdSchema, revisePostInput, submitPostInput } from '@overlord/validators';

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
  bodyHtml: z.string(),
  status: z.enum(['pending', 'approved']),
  inEvaluation: z.boolean(),
  reviewState: z.enum(['waiting', 'in_review', 'decided']),
  author: z.object({ username: z.string() }),
  submittedAt: z.date(),
  decidedAt: z.date().nullable(),
  feedback: z.string().nullable(),
  commentary: z.string().nullable(),
  tags: z.array(z.string()),
  /** When an approved revision last replaced the text (docs/product.md §17); null if never. */
  revisedAt: z.date().nullable(),
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
  /** A revision (docs/product.md §17): the statement it would replace. */
  revisionOf: z.string().nullable(),
});

export const statementInput = z.object({ id: postIdSchema });

const topicRef = z.object({ id: z.string(), title: z.string() });

const rejectionReason = z.enum(['poor_logic', 'poor_tone', 'off_topic', 'terms_violation']);

/** A public statement's revision history, as much of it as the reader may see. */
export const statementRevisionsOutput = z.object({
  history: z.array(
    z.object({
      body: z.string(),
      bodyHtml: z.string(),
      approvedAt: z.date(),
      replacedAt: z.date(),
    }),
  ),
  rejected: z.array(
    z.object({
      id: z.string(),
      body: z.string(),
      bodyHtml: z.string(),
      submittedAt: z.date(),
      decidedAt: z.date().nullable(),
      reason: rejectionReason.nullable(),
      feedback: z.string().nullable(),
    }),
  ),
  pending: z
    .object({
      id: z.string(),
      submittedAt: z.date(),
      reviewState: z.enum(['waiting', 'in_review']),
    })
    .nullable(),
  returned: z
    .object({
      id: z.string(),
      body: z.string(),
      feedback: z.string().nullable(),
      decidedAt: z.date().nullable(),
    })
    .nullable(),
});

export const statementOutput = z.discriminatedUnion('view', [
  z.object({
    view: z.literal('public'),
    topic: topicRef,
    post: publicPostOutput,
    parent: publicPostOutput.nullable(),
    replies: z.array(publicPostOutput),
    revisions: statementRevisionsOutput,
  }),
  z.object({
    view: z.literal('graveyard'),
    topic: topicRef,
    own: z.boolean(),
    item: graveyardOutput.shape.items.element,
  }),
  z.object({
    view: z.literal('own'),
    topic: topicRef,
    post: z.object({
      id: z.string(),
      body: z.string(),
      bodyHtml: z.string(),
      status: z.enum(['pending', 'approved', 'calibrate', 'withdrawn']),
      submittedAt: z.date(),
      decidedAt: z.date().nullable(),
      feedback: z.string().nullable(),
      revisionOf: z.string().nullable(),
    }),
  }),
  z.object({
    view: z.literal('revision'),
    topic: topicRef,
    revisionOf: z.string(),
  }),
]);

export const revisePostOutput = z.object({
  /** The revision's own id: its status card, and its Graveyard entry if rejected. */
  id: z.string(),
  revisionOf: z.string(),
  status: z.enum(['pending', 'rejected']),
  submittedAt: z.date(),
  feedback: z.string().nullable(),
  rejectionReason: z.enum(['terms_violation']).nullable(),
});

export const withdrawInput = z.object({ id: postIdSchema });

export const withdrawOutput = z.object({
  id: z.string(),
  status: z.literal('withdrawn'),
  withdrawnAt: z.date(),
});

/** What the compose form previews: the same cleaning as a submission, then the same renderer. */
export const previewInput = z.object({ body: bodySchema });

export const previewOutput = z.object({ html: z.string() });
