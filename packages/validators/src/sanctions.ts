import { z } from 'zod';

import { usernameRefSchema } from './ids.ts';

/** A moderator's sanction lasts at most a week; admins escalate beyond it. */
export const SANCTION_MAX_HOURS = 7 * 24;
export const ESCALATED_MAX_HOURS = 24 * 365;
export const SANCTION_REASON_MIN = 3;
export const SANCTION_REASON_MAX = 500;
export const RATE_LIMIT_MAX_COUNT = 100;
export const RATE_LIMIT_MIN_WINDOW_SECONDS = 60;
export const RATE_LIMIT_MAX_WINDOW_SECONDS = 7 * 86_400;

export const sanctionIdSchema = z.uuid('That is not a sanction identifier.');

export const rateLimitSchema = z.object({
  count: z.number().int().min(1, 'Allow at least one submission.').max(RATE_LIMIT_MAX_COUNT),
  windowSeconds: z
    .number()
    .int()
    .min(RATE_LIMIT_MIN_WINDOW_SECONDS, 'A window is at least a minute.')
    .max(RATE_LIMIT_MAX_WINDOW_SECONDS, 'A window is at most a week.'),
});

export const sanctionReasonSchema = z
  .string()
  .trim()
  .min(SANCTION_REASON_MIN, 'State the reason; the citizen will read it.')
  .max(SANCTION_REASON_MAX, `Keep the reason under ${SANCTION_REASON_MAX} characters.`);

/** A rate limit needs its numbers, a freeze none. */
const terms = {
  kind: z.enum(['freeze', 'rate_limit']),
  rateLimit: rateLimitSchema.optional(),
  reason: sanctionReasonSchema,
};

const needsNumbers = (t: { kind: string; rateLimit?: unknown }) =>
  t.kind !== 'rate_limit' || t.rateLimit !== undefined;
const numbersMessage = {
  message: 'A rate limit needs a number of submissions and a window.',
  path: ['rateLimit'],
};

export const applySanctionInput = z
  .object({
    username: usernameRefSchema,
    ...terms,
    hours: z
      .number()
      .int()
      .min(1)
      .max(SANCTION_MAX_HOURS, 'A moderator’s sanction lasts at most 7 days.'),
  })
  .refine(needsNumbers, numbersMessage);

export const escalateSanctionInput = z
  .object({
    sanctionId: sanctionIdSchema,
    ...terms,
    /** null: until lifted. */
    hours: z.number().int().min(1).max(ESCALATED_MAX_HOURS).nullable(),
  })
  .refine(needsNumbers, numbersMessage);
