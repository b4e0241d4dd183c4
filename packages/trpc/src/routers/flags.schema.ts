import { z } from 'zod';

/** What the reporter saw; the "Report treason" form uses this schema's limits. */
export const flagReasonSchema = z
  .string()
  .trim()
  .min(10, 'Tell the Ministry what is wrong with it, in a sentence at least.')
  .max(500, 'Keep the report under 500 characters.');

export const fileFlagInput = z.object({
  kind: z.enum(['post', 'topic']),
  id: z.uuid('That is not an identifier of a statement or topic.'),
  reason: flagReasonSchema,
});

export const fileFlagOutput = z.object({
  id: z.string(),
  status: z.literal('pending'),
  createdAt: z.date(),
});

export const flagQueueInput = z
  .object({
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(50).default(20),
  })
  .prefault({});

export const flagQueueOutput = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['post', 'topic']),
      contentId: z.string(),
      reporter: z.object({ username: z.string() }),
      reason: z.string(),
      createdAt: z.date(),
      title: z.string(),
      text: z.string(),
      author: z.object({ username: z.string() }).nullable(),
      topicId: z.string(),
      reports: z.number().int(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageCount: z.number().int(),
});

export const decideFlagInput = z.object({
  flagId: z.uuid('That is not a report identifier.'),
  outcome: z.enum(['sustained', 'dismissed']),
  note: z
    .string()
    .trim()
    .min(3, 'Write a short note for the record.')
    .max(500, 'Keep the note under 500 characters.'),
});

export const decideFlagOutput = z.object({
  id: z.string(),
  status: z.enum(['sustained', 'dismissed']),
  reports: z.number().int(),
  decidedAt: z.date(),
});
