import { z } from 'zod';

export const profileInput = z.object({ username: z.string().trim().min(1).max(64) });

/**
 * A public profile. `email` is present only for the citizen themself and for admins+
 * (field-level privacy, SPEC §2); the schema strips anything else.
 */
export const profileOutput = z.object({
  username: z.string(),
  role: z.enum(['citizen', 'moderator', 'admin', 'superadmin']),
  isOverlord: z.boolean(),
  loyaltyScore: z.number().int(),
  createdAt: z.date(),
  email: z.string().nullable().optional(),
});
