import { z } from 'zod';

// The form-facing input lives in @overlord/validators, shared with the web form.
export { decideHeldInput } from '@overlord/validators';

export const heldListInput = z
  .object({ limit: z.number().int().min(1).max(200).default(50) })
  .prefault({});

export const heldListOutput = z.array(
  z.object({
    kind: z.enum(['topic', 'post', 'message']),
    id: z.string(),
    /** null for private messages: moderators never read them. */
    excerpt: z.string().nullable(),
    author: z.string().nullable(),
    topic: z.object({ id: z.string(), title: z.string() }).nullable(),
    submittedAt: z.date(),
    /** Why the screen (or the evaluation) could not decide. */
    error: z.string().nullable(),
  }),
);

export const decideHeldOutput = z.object({
  kind: z.enum(['topic', 'post', 'message']),
  id: z.string(),
  status: z.enum(['pending', 'rejected']),
});
