import { z } from 'zod';

/** Why the Overlord was wrong, in the appellant's words; the Graveyard form uses this schema. */
export const appealReasonSchema = z
  .string()
  .trim()
  .min(10, 'Give the Ministry at least a sentence: why was the Overlord wrong?')
  .max(1_000, 'Keep the plea under 1,000 characters.');

export const fileAppealInput = z.object({
  kind: z.enum(['post', 'topic']),
  id: z.uuid('That is not an identifier of a statement or topic.'),
  reason: appealReasonSchema,
});

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

/** The reviewer's note is shown to the appellant and, when sustained, on the restored item. */
export const decisionNoteSchema = z
  .string()
  .trim()
  .min(3, 'Write a short note for the citizen.')
  .max(500, 'Keep the note under 500 characters.');

export const decideAppealInput = z.object({
  appealId: z.uuid('That is not an appeal identifier.'),
  outcome: z.enum(['sustained', 'denied']),
  note: decisionNoteSchema,
});

export const decideAppealOutput = z.object({
  id: z.string(),
  status: z.enum(['sustained', 'denied']),
  decidedAt: z.date(),
});
