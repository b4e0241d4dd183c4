import { z } from 'zod';

const username = z.string().trim().min(1).max(64);
const sanctionId = z.uuid('That is not a sanction identifier.');

const rateLimit = z.object({
  count: z.number().int().min(1, 'Allow at least one submission.').max(100),
  windowSeconds: z
    .number()
    .int()
    .min(60, 'A window is at least a minute.')
    .max(7 * 86_400, 'A window is at most a week.'),
});

const reason = z
  .string()
  .trim()
  .min(3, 'State the reason; the citizen will read it.')
  .max(500, 'Keep the reason under 500 characters.');

/** The sanction form uses these terms; a rate limit needs its numbers, a freeze none. */
const terms = {
  kind: z.enum(['freeze', 'rate_limit']),
  rateLimit: rateLimit.optional(),
  reason,
};

const needsNumbers = (t: { kind: string; rateLimit?: unknown }) =>
  t.kind !== 'rate_limit' || t.rateLimit !== undefined;
const numbersMessage = {
  message: 'A rate limit needs a number of submissions and a window.',
  path: ['rateLimit'],
};

export const applySanctionInput = z
  .object({
    username,
    ...terms,
    hours: z
      .number()
      .int()
      .min(1)
      .max(7 * 24, 'A moderator’s sanction lasts at most 7 days.'),
  })
  .refine(needsNumbers, numbersMessage);

export const escalateSanctionInput = z
  .object({
    sanctionId,
    ...terms,
    /** null: until lifted. */
    hours: z
      .number()
      .int()
      .min(1)
      .max(24 * 365)
      .nullable(),
  })
  .refine(needsNumbers, numbersMessage);

export const liftSanctionInput = z.object({ sanctionId });

export const sanctionsOfInput = z.object({ username });

export const sanctionOutput = z.object({
  id: z.string(),
  kind: z.enum(['freeze', 'rate_limit']),
  rateLimitCount: z.number().int().nullable(),
  rateLimitWindowSeconds: z.number().int().nullable(),
  reason: z.string(),
  startsAt: z.date(),
  endsAt: z.date().nullable(),
  active: z.boolean(),
  issuedBy: z.object({ username: z.string() }),
  liftedAt: z.date().nullable(),
  escalatedFromId: z.string().nullable(),
});

export const sanctionListOutput = z.array(sanctionOutput);
