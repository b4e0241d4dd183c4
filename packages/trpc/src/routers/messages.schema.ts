import { messageRecipientSchema } from '@overlord/validators';
import { z } from 'zod';

// The thread form checks the same schema before sending.
export { sendMessageInput } from '@overlord/validators';

export const messageIdSchema = z.uuid('That is not a message identifier.');

// The column's type is shared with posts; a message is never `withdrawn`.
const statusSchema = z.enum(['pending', 'approved', 'rejected', 'calibrate', 'withdrawn']);
const reviewStateSchema = z.enum(['waiting', 'in_review', 'decided']);
const rejectionReasonSchema = z
  .enum(['poor_logic', 'poor_tone', 'off_topic', 'terms_violation'])
  .nullable();

export const sendMessageOutput = z.object({
  id: z.string(),
  conversationId: z.string(),
  recipient: z.object({ username: z.string() }),
  status: z.enum(['pending', 'rejected']),
  submittedAt: z.date(),
  feedback: z.string().nullable(),
  rejectionReason: z.enum(['terms_violation']).nullable(),
});

export const conversationsOutput = z.array(
  z.object({
    id: z.string(),
    with: z.object({ username: z.string() }),
    lastMessage: z.object({
      preview: z.string(),
      fromMe: z.boolean(),
      status: statusSchema,
      at: z.date(),
    }),
  }),
);

export const threadInput = z.object({
  with: messageRecipientSchema,
  limit: z.number().int().min(1).max(200).default(50),
  cursor: messageIdSchema.nullish(),
});

export const threadMessageOutput = z.object({
  id: z.string(),
  fromMe: z.boolean(),
  author: z.object({ username: z.string() }),
  body: z.string(),
  status: statusSchema,
  reviewState: reviewStateSchema,
  submittedAt: z.date(),
  decidedAt: z.date().nullable(),
  deliveredAt: z.date().nullable(),
  /** Only on the viewer's own messages. */
  feedback: z.string().nullable(),
  rejectionReason: rejectionReasonSchema,
  /** Own pending messages: place in the conversation's queue ("n of m"). */
  position: z.number().int().nullable(),
  queueLength: z.number().int().nullable(),
  /** Own pending messages: estimated seconds to the verdict (null: none, or no basis). */
  etaSeconds: z.number().nullable(),
  /** Own pending messages: the Overlord's commentary on the place in the queue. */
  commentary: z.string().nullable(),
});

export const threadOutput = z.object({
  with: z.object({ username: z.string() }),
  /** Newest first. */
  items: z.array(threadMessageOutput),
  nextCursor: z.string().nullable(),
});

export const messageStatusInput = z.object({ id: messageIdSchema });

export const messageStatusOutput = z.object({
  id: z.string(),
  conversationId: z.string(),
  recipient: z.object({ username: z.string() }),
  status: statusSchema,
  reviewState: reviewStateSchema,
  position: z.number().int().nullable(),
  queueLength: z.number().int().nullable(),
  /** While pending: estimated seconds to the verdict (null: no basis yet). */
  etaSeconds: z.number().nullable(),
  /** While pending: the Overlord's commentary on its place in the queue. */
  commentary: z.string().nullable(),
  submittedAt: z.date(),
  decidedAt: z.date().nullable(),
  deliveredAt: z.date().nullable(),
  feedback: z.string().nullable(),
  rejectionReason: rejectionReasonSchema,
});

// The report form checks the same schema before sending.
export { reportMessageInput } from '@overlord/validators';

export const reportMessageOutput = z.object({
  id: z.string(),
  messageId: z.string(),
  createdAt: z.date(),
});
