import { z } from 'zod';

// The form-facing inputs live in @overlord/validators, shared with the web forms.
export {
  decideFlagInput,
  fileFlagInput,
  flagNoteSchema,
  flagReasonSchema,
} from '@overlord/validators';

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

export const decideFlagOutput = z.object({
  id: z.string(),
  status: z.enum(['sustained', 'dismissed']),
  reports: z.number().int(),
  decidedAt: z.date(),
});
