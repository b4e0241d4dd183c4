import { z } from 'zod';

// The form-facing inputs live in @overlord/validators, shared with the web forms.
export {
  appealReasonSchema,
  decideAppealInput,
  decisionNoteSchema,
  fileAppealInput,
} from '@overlord/validators';

export const fileAppealOutput = z.object({
  id: z.string(),
  status: z.literal('pending'),
  createdAt: z.date(),
});

export const appealQueueInput = z
  .object({
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(50).default(20),
  })
  .prefault({});

const rejectionReason = z.enum(['poor_logic', 'poor_tone', 'off_topic', 'terms_violation']);

export const appealQueueOutput = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['post', 'topic']),
      contentId: z.string(),
      appellant: z.object({ username: z.string() }),
      reason: z.string(),
      createdAt: z.date(),
      title: z.string(),
      original: z.string(),
      translation: z.object({ language: z.string(), text: z.string() }).nullable(),
      rejectionReason: rejectionReason.nullable(),
      termsViolation: z.boolean(),
      feedback: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageCount: z.number().int(),
});

export const decideAppealOutput = z.object({
  id: z.string(),
  status: z.enum(['sustained', 'denied']),
  decidedAt: z.date(),
});
