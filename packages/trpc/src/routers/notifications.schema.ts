import { dispatchKindSchema } from '@overlord/validators';
import { z } from 'zod';

export const listNotificationsInput = z
  .object({
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(50).default(20),
  })
  .prefault({});

export const listNotificationsOutput = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      body: z.string(),
      link: z.string().nullable(),
      readAt: z.date().nullable(),
      createdAt: z.date(),
    }),
  ),
  total: z.number().int(),
  unread: z.number().int(),
  page: z.number().int(),
  pageCount: z.number().int(),
});

export const unreadOutput = z.object({ unread: z.number().int() });

/** Omitted ids: mark every notification read. */
export const markReadInput = z
  .object({ ids: z.array(z.uuid('That is not a notification identifier.')).max(100).optional() })
  .prefault({});

export const markReadOutput = z.object({ marked: z.number().int() });

// The account page and onboarding send the same schema.
export { setDispatchKindsInput } from '@overlord/validators';
export const setDispatchKindsOutput = z.object({ kinds: z.array(dispatchKindSchema) });
